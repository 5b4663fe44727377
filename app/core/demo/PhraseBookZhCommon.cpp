// Chinese lines that fit any scenario: openings, identity checks, holds, closings, follow-up questions.
// A standard opening always contains "很高兴为您服务" and every satisfaction question "满意", and no
// curt line contains either: keyword rules (and the tests) rely on that.
#include "demo/PhraseBook.h"

namespace qadesk::demo {

namespace {

ChannelPhrases phonePhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "您好，很高兴为您服务，我是客服{agent}，请问有什么可以帮您？",
        "您好，欢迎致电客服中心，很高兴为您服务，我是{agent}，请问有什么可以帮到您？",
        "您好，很高兴为您服务，我是{staff}号客服{agent}，请问您遇到了什么问题？",
        "您好，这里是客户服务中心，很高兴为您服务，请问有什么可以帮您？",
    });
    p.greetingsAfterProblem = phrases({
        "您好，很高兴为您服务，我是客服{agent}。",
        "您好，很高兴为您服务，我是{staff}号客服{agent}，您反映的情况我记下了。",
        "您好，很高兴为您服务，我是客服{agent}，您先别着急。",
    });
    p.openers = phrases({"喂，你好。", "喂？你好，是客服吗？", "喂，喂，听得到吗？", "你好。", "喂，你好，我想咨询个事。"});
    p.problemLeads = phrases({"喂，你好，", "你好，", "", "喂？我想问一下，"});
    p.nudges = phrases({"喂？还在吗？", "喂？有人吗？", "喂，你还在听吗？"});
    p.holds = phrases({
        "请您稍等，我帮您查询一下。",
        "麻烦您稍等片刻，我这边帮您核实一下，请不要挂机。",
        "请您稍等，我帮您查询一下，大概需要一两分钟。",
    });
    p.closings = phrases({
        "感谢您的来电，祝您生活愉快，再见！",
        "感谢您的耐心，如果还有其他问题欢迎随时来电，再见！",
        "好的，那就不打扰您了，感谢来电，祝您一切顺利，再见！",
    });
    p.curtClosings = phrases({"没别的事就先这样。", "嗯，就这样吧。", "行了，挂了。", "你等通知吧。"});
    p.systemStart = phrases({"通话已接通", "来电已接入，开始录音"});
    p.systemEnd = phrases({"客户已挂机", "通话结束", "坐席已挂机"});
    return p;
}

ChannelPhrases chatPhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "您好，很高兴为您服务，我是在线客服{agent}，请问有什么可以帮您？",
        "您好，欢迎咨询，很高兴为您服务，我是{agent}，请问有什么可以帮到您呢？",
        "亲，您好，很高兴为您服务，我是客服{agent}，请问有什么可以帮您？",
    });
    p.greetingsAfterProblem = phrases({
        "您好，很高兴为您服务，我是在线客服{agent}。",
        "亲，您好，很高兴为您服务，我是{agent}，您的消息已收到。",
        "您好，很高兴为您服务，我是客服{agent}，这就帮您看一下。",
    });
    p.openers = phrases({"在吗？", "你好", "人工客服", "有人吗？", "转人工"});
    p.problemLeads = phrases({"你好，", "在吗？", "", "亲，"});
    p.nudges = phrases({"在吗？", "人呢？", "还在吗？怎么不回复了？", "？？？", "有人吗？"});
    p.holds = phrases({
        "请您稍等，我帮您查询一下。",
        "亲，麻烦稍等一下，我这边核实一下哦。",
        "请您稍等，我帮您查询一下，马上回复您。",
    });
    p.closings = phrases({
        "感谢您的咨询，祝您生活愉快！",
        "好的，感谢您的耐心，有问题随时联系我们哦，祝您生活愉快！",
        "不客气，感谢您对我们的支持，祝您购物愉快！",
    });
    p.curtClosings = phrases({"嗯。", "就这样。", "没别的事了吧。"});
    p.systemStart = phrases({"客户已接入人工客服", "会话已转接至人工客服"});
    p.systemEnd = phrases({"会话已结束", "客户已离开会话", "客户长时间未回复，会话已自动关闭"});
    return p;
}

ChannelPhrases emailPhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "尊敬的{customer}：您好！很高兴为您服务，我是客服{agent}，您的来信已收到。",
    });
    p.greetingsAfterProblem = phrases({
        "尊敬的{customer}：您好！很高兴为您服务，我是客服{agent}，您的来信已收到。",
        "{customer}，您好！很高兴为您服务，感谢您的来信，我是客服专员{agent}。",
        "尊敬的客户：您好！很高兴为您服务，我是客服{agent}，关于您来信反映的问题，回复如下。",
    });
    p.problemLeads = phrases({"你好，", "客服你好：", "您好，"});
    p.closings = phrases({
        "如您还有其他疑问，欢迎随时回复本邮件。祝您生活愉快！客服中心 {agent}",
        "再次感谢您的耐心与理解。此致，客服中心 {agent}",
    });
    p.curtClosings = phrases({"客服中心", "以上。"});
    return p;
}

ChannelPhrases otherPhrases()
{
    ChannelPhrases p = chatPhrases();
    p.greetingsBeforeProblem = phrases({
        "您好，很高兴为您服务，我是客服{agent}，请问有什么可以帮您？",
        "您好，感谢您的留言，很高兴为您服务，请问有什么可以帮到您？",
    });
    p.systemStart = phrases({"客户通过公众号发起咨询", "客户通过小程序发起咨询"});
    p.systemEnd = phrases({"会话已关闭"});
    return p;
}

} // namespace

CommonPhrases chineseCommonPhrases()
{
    CommonPhrases c;
    c.channels[static_cast<int>(Channel::Phone)] = phonePhrases();
    c.channels[static_cast<int>(Channel::Chat)] = chatPhrases();
    c.channels[static_cast<int>(Channel::Email)] = emailPhrases();
    c.channels[static_cast<int>(Channel::Other)] = otherPhrases();

    c.plainGreetingsBefore = phrases({"你好，请讲。", "你好，说吧，什么问题？", "嗯，你好，什么事？"});
    c.plainGreetingsAfter = phrases({"你好。", "你好，稍等。", "好的，你好。"});
    c.curtGreetingsBefore = phrases({"说。", "什么事？", "喂，讲。", "嗯。"});
    c.curtGreetingsAfter = phrases({"嗯。", "哦。", "等下。", "知道了。"});

    c.acknowledgements = phrases({
        "您的问题我已经了解了，这边马上帮您处理。",
        "好的，您别着急，这个问题我来帮您跟进，大概需要{minutes}分钟时间。",
        "明白，这个问题我这边先帮您核实一下，大概需要{minutes}分钟。",
        "好的，我理解您的着急，我这边马上帮您查询。",
    });
    c.calming = phrases({
        "非常抱歉给您带来不好的体验，我非常理解您现在的心情，请您先别着急，我一定尽力帮您解决。",
        "实在抱歉让您遇到这样的情况，换成是我也会着急，您放心，这个问题我会负责跟进到底。",
        "给您添麻烦了，真的很抱歉，您先消消气，我们一起把问题解决。",
    });

    const auto phone = static_cast<int>(Identity::Phone);
    const auto order = static_cast<int>(Identity::Order);
    const auto idCard = static_cast<int>(Identity::IdCard);
    c.identityAsks[phone] = phrases({
        "为了保障您的账户安全，麻烦您提供一下下单时预留的手机号码，好吗？",
        "为了核实您的身份，请您提供一下注册手机号。",
        "麻烦您报一下账户绑定的手机号码，我这边核实一下身份。",
    });
    c.identityAsks[order] = phrases({
        "麻烦您提供一下订单号，我这边帮您查询。",
        "请问您的订单号是多少呢？",
        "为了准确帮您查询，麻烦您提供一下订单编号。",
    });
    c.identityAsks[idCard] = phrases({
        "为了保障您的账户安全，需要核实一下实名信息，麻烦您提供一下身份证号码。",
        "麻烦您提供一下实名认证时使用的身份证号，我这边核实一下。",
    });
    c.curtIdentityAsks[phone] = phrases({"手机号。", "手机号多少？", "报一下手机号。"});
    c.curtIdentityAsks[order] = phrases({"订单号。", "订单号多少？", "把订单号发过来。"});
    c.curtIdentityAsks[idCard] = phrases({"身份证号。", "身份证号报一下。"});
    c.identityGives[phone] = phrases({
        "{phone}。", "手机号是{phone}。", "我的手机号是{phone}。", "是{phone}，就是我现在用的这个号。"});
    c.identityGives[order] = phrases({"订单号是{order}。", "{order}。", "我看一下啊……订单号是{order}。"});
    c.identityGives[idCard] = phrases({"身份证号是{idcard}。", "{idcard}。", "我的身份证号是{idcard}。"});
    c.identityConfirmed = phrases({
        "好的，{customer}，信息已经核实。", "好的，感谢您的配合，身份已核实，{customer}。", "好的，已经查到您的信息了。"});
    c.curtIdentityConfirmed = phrases({"嗯。", "查到了。", ""});

    c.restatePrefixes = phrases({"您是说", "我跟您确认一下，您是说", "好的，我跟您核实一下，您的意思是", "我理解一下，您反映的是"});
    c.restateSuffixes = phrases({"，对吗？", "，是这样吗？", "，我理解得对吗？"});
    c.confirmations = phrases({"对，是的。", "对对对，就是这样。", "嗯，没错。", "是的，麻烦你快点帮我处理一下。"});

    c.holdReturns = phrases({"感谢您的耐心等待，", "让您久等了，", "感谢您的等待，"});
    c.nudgeApologies = phrases({"不好意思让您久等了，", "抱歉，刚才在帮您查询，"});
    c.analysisReactions = phrases({
        "啊？那怎么办呢？", "这样啊，那现在怎么处理？", "那我这个什么时候能解决？", "原来是这样，那接下来呢？",
        "好吧，那你们打算怎么处理？"});
    c.curtAnalyses = phrases({"系统就是这么显示的。", "这个我也不清楚。", "这不归我们管。", "你自己去看一下吧。"});

    c.complaints = phrases({
        "你们这服务太差了！", "你这是什么态度？我要投诉你！", "每次找你们都解决不了问题，你们到底能不能处理？",
        "能不能换个人跟我说？", "我都说了好几遍了，你到底有没有在听？", "太让人失望了，以后再也不买你们家东西了。"});
    c.curtReplies = phrases({
        "这个我们处理不了。", "你自己去看。", "那你等通知吧。", "这个不归我管。", "系统就这样，我也没办法。"});
    c.curtComebacks = phrases({
        "我已经说得很清楚了。", "你要投诉就去投诉吧。", "你跟我说也没用。", "规定就是这样，我也没办法。", "你冲我发火也没用。"});
    c.accepts = phrases({
        "好的，明白了，谢谢你。", "行，那我就等消息了。", "好的，清楚了，麻烦你了。", "嗯嗯，那就这样办吧，谢谢。",
        "好的，太感谢了。"});
    c.rejects = phrases({
        "那到底什么时候能解决？你们这服务太差了。", "就这样？你们也太不负责任了吧。", "算了，跟你说不清楚。",
        "这根本没解决问题啊！", "行吧，我再等等看，还不行我就投诉了。"});

    c.anythingElseAsks = phrases({"请问还有其他可以帮您的吗？", "请问您还有其他问题需要咨询吗？", "还有什么其他需要我帮您处理的吗？"});
    c.anythingElseNo = phrases({"没有了，谢谢。", "没有了，就这个事。", "暂时没有了。"});
    c.satisfactionAsks = phrases({
        "请问您对我这次的服务还满意吗？", "稍后会邀请您对本次服务进行评价，请问您对这次处理结果还满意吗？",
        "请问这样处理您满意吗？"});
    c.satisfactionInvites = phrases({
        "稍后会邀请您对本次服务进行满意度评价，感谢您的支持。", "稍后会有满意度评价，麻烦您抽空给我们的服务打个分。"});
    c.satisfiedReplies = phrases({"挺满意的，谢谢你。", "很满意，你服务态度很好。", "满意，处理得挺快的。", "非常满意，给你点个赞。"});
    c.neutralReplies = phrases({"还行吧。", "一般吧，希望能尽快解决。", "嗯，还可以。"});
    c.dissatisfiedReplies = phrases({"不太满意，问题还没解决呢。", "不满意。", "你觉得呢？问题一点都没解决。"});
    c.customerByes = phrases({"好的，再见。", "谢谢，拜拜。", "好的，辛苦了，再见。"});
    c.angryByes = phrases({"算了，不说了。", "行了，就这样吧。", "我会去投诉的。"});

    c.repeatAsks = phrases({"不好意思，刚才没听清，您能再说一遍吗？", "喂？刚才信号不太好，您再说一下？", "您说慢一点，我记一下。"});
    c.repeatLeads = phrases({"好的，我再跟您说一遍：", "没问题，我重复一下：", "好的，您记一下："});
    c.secondIssueLeads = phrases({"另外还有一个问题，", "对了，还想问一下，", "还有个事，", "顺便再问一下，"});
    c.answerPrefixes = phrases({"是这样的，", "我跟您说明一下，", "嗯，", "这个问题是这样的，"});
    c.probeAcks = phrases({"好的。", "好的，了解了。", "明白了，谢谢您。", "好的，我记下了。"});

    c.emailReplyOpenings = phrases({"{customer}，您好！", "您好！感谢您的回复。", "尊敬的客户：您好！"});
    c.emailSignatures = phrases({"祝好！客服中心 {agent}", "如有疑问请随时回复本邮件。客服中心 {agent}"});
    c.curtEmailSignatures = phrases({"客服中心", ""});
    c.customerEmailOpenings = phrases({"你好，", "客服你好：", "您好，"});
    c.customerEmailClosings = phrases({"谢谢！", "盼复。", "麻烦尽快处理，谢谢。"});

    c.followUps = exchanges({
        {"那大概什么时候能处理好？", "一般{hours}小时内会有处理结果，处理完成后会短信通知您。"},
        {"处理结果会通知我吗？", "会的，处理进度会通过短信发送到您预留的手机号上，您也可以在App的“我的-服务记录”里查看。"},
        {"这个要收费吗？", "不收费的，这次是免费为您处理。"},
        {"能不能加急处理一下？", "可以的，我已经在工单上帮您备注了加急，会优先处理。"},
        {"如果到时候还没解决，我再找谁？", "您可以直接联系我们，报一下工单号{ticket}，同事会马上看到之前的处理记录。"},
        {"你们的工作时间是几点到几点？", "人工客服是每天早上8点到晚上10点，其他时间可以在App里留言，我们上班后第一时间回复。"},
        {"工单号是多少？我记一下。", "工单号是{ticket}，您记一下。"},
        {"你们能给个书面说明吗？", "可以的，处理完成后我们会把处理说明发到您的手机上。"},
        {"我之前也反映过一次，怎么还是这样？", "非常抱歉，我查到了您之前的记录，这次我会在工单上重点备注，并持续跟进。"},
        {"那我现在还需要做什么？", "您这边暂时不需要操作，保持电话畅通就可以了。"},
        {"这个进度我在哪里能看到？", "您在App首页点“我的-服务进度”就能看到，每一步都有记录。"},
        {"能给我点补偿吗？", "我这边可以帮您申请一张20元的无门槛优惠券作为补偿，会在{hours}小时内发放到您的账户。"},
        {"这个问题是普遍的吗？别人也有吗？", "目前只是个别情况，我们已经反馈给相关部门排查了。"},
        {"今天能处理完吗？", "我会尽量今天帮您处理，最晚不超过{laterdate}。"},
        {"你叫什么名字？我下次直接找你。", "我是客服{agent}，工号{staff}，您下次来电报我的工号就可以。"},
        {"短信会发到哪个号码？", "会发到您账户绑定的手机号上，就是刚才核实的那个号码。"},
    });
    c.orderFollowUps = exchanges({
        {"我需要在家等着吗？", "不需要的，有进展我们会提前电话联系您。"},
        {"会不会影响我其他的订单？", "不会的，这个只针对当前这一个订单，其他订单不受影响。"},
        {"我要不要重新下单？", "暂时不需要，先等这边的处理结果，如果需要的话我们会提前告诉您。"},
        {"要是我那天不在家怎么办？", "您可以提前一天联系我们改约时间，或者委托家人代收。"},
        {"还需要我提供什么材料吗？", "需要的话麻烦您拍一下照片，发到我们给您的短信链接里就可以。"},
        {"你们这个处理流程是怎样的？", "您先在订单详情页提交申请，审核通过后按页面提示操作就可以了，每一步都会短信通知您。"},
        {"快递单号能发我一下吗？", "可以的，单号是{tracking}，我也同步发到您的手机上了。"},
    });
    c.probes = exchanges({
        {"请问您是什么时候发现这个问题的？", "就{date}那天。"},
        {"请问方便留一个联系电话吗？后续有进展我们好联系您。", "可以，打{phone}就行。"},
        {"请问您之前有联系过我们吗？", "联系过一次，说让我等通知，结果一直没人回。"},
        {"请问您现在方便操作手机吗？", "方便，你说吧。"},
        {"您说的这个情况是第一次出现吗？", "不是，之前也出现过一次。"},
    });
    c.smallTalk = exchanges({
        {"好的，我拿笔记一下。", "好的，不着急，您慢慢记。"},
        {"嗯嗯，我明白了。", "好的，有不清楚的地方您随时问我。"},
        {"你们最近是不是很忙啊？", "是的，最近咨询量比较大，让您久等了。"},
        {"稍等，我家里人问我个事。", "好的，没关系，我在线等您。"},
        {"好的好的。", "嗯，您还有哪里不清楚的吗？"},
    });
    return c;
}

} // namespace qadesk::demo
