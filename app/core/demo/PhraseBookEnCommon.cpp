// English lines that fit any scenario (the English chat desk). A standard opening always contains
// "my name is" and every satisfaction question "satisf"; no curt line contains either.
#include "demo/PhraseBook.h"

namespace qadesk::demo {

namespace {

ChannelPhrases phonePhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "Hello, thank you for calling customer service, my name is {agent}. How can I help you today?",
        "Good day, thank you for calling, my name is {agent}, staff number {staff}. What can I do for you?",
        "Hello, you're through to customer care, my name is {agent}. How may I help you?",
    });
    p.greetingsAfterProblem = phrases({
        "Hello, thank you for calling, my name is {agent}.",
        "Hello, my name is {agent}, and I'm happy to help you with that.",
        "Good day, my name is {agent}, staff number {staff}. I've noted what you said.",
    });
    p.openers = phrases({"Hello?", "Hi, is this customer service?", "Hello, can you hear me?", "Hi there."});
    p.problemLeads = phrases({"Hi. ", "Hello. ", "", "Hello? I have a question. "});
    p.nudges = phrases({"Hello? Are you still there?", "Hello? Anyone there?"});
    p.holds = phrases({
        "Please hold on a moment while I look into this.",
        "Could you hold for a minute or two? I'll check that for you, please don't hang up.",
        "One moment please, let me check that for you.",
    });
    p.closings = phrases({
        "Thank you for calling, and have a nice day. Goodbye!",
        "Thanks for your patience. If anything else comes up, just give us a call. Goodbye!",
        "Alright, I won't keep you any longer. Thank you for calling and take care!",
    });
    p.curtClosings = phrases({"That's it then.", "OK, bye.", "Wait for the notification."});
    p.systemStart = phrases({"Call connected", "Call answered, recording started"});
    p.systemEnd = phrases({"Customer hung up", "Call ended", "Agent ended the call"});
    return p;
}

ChannelPhrases chatPhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "Hi, thanks for reaching out, my name is {agent}. How can I help you today?",
        "Hello and welcome! My name is {agent} and I'll be assisting you today. What can I help you with?",
        "Hi there, my name is {agent} from the support team. How may I help you?",
    });
    p.greetingsAfterProblem = phrases({
        "Hi, thanks for reaching out, my name is {agent}.",
        "Hello, my name is {agent} and I'll be helping you today. I've read your message.",
        "Hi there, my name is {agent}. Let me take a look at this for you.",
    });
    p.openers = phrases({"Hello?", "Hi", "Is anyone there?", "I need to talk to a person", "agent please"});
    p.problemLeads = phrases({"Hi! ", "Hello. ", "", "Hey there. "});
    p.nudges = phrases({"Hello?", "Are you still there?", "???", "Anyone?"});
    p.holds = phrases({
        "Please give me a moment while I look into this.",
        "Bear with me for a minute, I'm checking that for you.",
        "One moment please, let me check that for you.",
    });
    p.closings = phrases({
        "Thanks for chatting with us, have a great day!",
        "Thank you for your patience. Feel free to message us any time. Have a nice day!",
        "You're welcome, and thank you for shopping with us. Take care!",
    });
    p.curtClosings = phrases({"OK.", "That's all.", "Anything else? No? OK."});
    p.systemStart = phrases({"Customer connected to a live agent", "Chat transferred to a live agent"});
    p.systemEnd = phrases({"Chat ended", "Customer left the chat", "Chat closed after inactivity"});
    return p;
}

ChannelPhrases emailPhrases()
{
    ChannelPhrases p;
    p.greetingsBeforeProblem = phrases({
        "Dear {customer}, thank you for your email. My name is {agent} and I'm happy to help.",
    });
    p.greetingsAfterProblem = phrases({
        "Dear {customer}, thank you for your email. My name is {agent} and I'm happy to help.",
        "Hello {customer}, thank you for contacting us. My name is {agent} from the customer care team.",
        "Dear customer, my name is {agent}, and I'm replying to your message below.",
    });
    p.problemLeads = phrases({"Hello. ", "Dear customer service: ", "Hi there. "});
    p.closings = phrases({
        "If you have any other questions, just reply to this email. Kind regards, {agent}, Customer Care",
        "Thank you again for your patience. Best regards, {agent}, Customer Care",
    });
    p.curtClosings = phrases({"Customer Care", "Regards."});
    return p;
}

ChannelPhrases otherPhrases()
{
    ChannelPhrases p = chatPhrases();
    p.greetingsBeforeProblem = phrases({
        "Hi, thanks for your message, my name is {agent}. How can I help you?",
        "Hello, my name is {agent} from customer care. What can I help you with today?",
    });
    p.systemStart = phrases({"Customer started a conversation from the social media page"});
    p.systemEnd = phrases({"Conversation closed"});
    return p;
}

} // namespace

CommonPhrases englishCommonPhrases()
{
    CommonPhrases c;
    c.channels[static_cast<int>(Channel::Phone)] = phonePhrases();
    c.channels[static_cast<int>(Channel::Chat)] = chatPhrases();
    c.channels[static_cast<int>(Channel::Email)] = emailPhrases();
    c.channels[static_cast<int>(Channel::Other)] = otherPhrases();

    c.plainGreetingsBefore = phrases({"Hi, go ahead.", "Hello, what's the issue?", "Yes, hello?"});
    c.plainGreetingsAfter = phrases({"Hi.", "Hello, one second.", "OK, hi."});
    c.curtGreetingsBefore = phrases({"Yeah?", "What is it?", "Go ahead.", "Mm-hm."});
    c.curtGreetingsAfter = phrases({"OK.", "Right.", "Wait.", "Fine."});

    c.acknowledgements = phrases({
        "I understand the problem, and I'll sort it out for you right away.",
        "Don't worry, I'll follow this up for you. It should take about {minutes} minutes.",
        "Got it. Let me check this first, it will take about {minutes} minutes.",
        "I understand this is urgent, let me look into it straight away.",
    });
    c.calming = phrases({
        "I'm really sorry about this experience, and I completely understand how frustrating it is. I'll do my best to fix it.",
        "I'm sorry you've had to deal with this. I'd be upset too, and I'll personally make sure it gets resolved.",
        "I apologise for the trouble this has caused you. Let's work through it together.",
    });

    const auto phone = static_cast<int>(Identity::Phone);
    const auto order = static_cast<int>(Identity::Order);
    const auto idCard = static_cast<int>(Identity::IdCard);
    c.identityAsks[phone] = phrases({
        "For your security, could you please give me the mobile number on the account?",
        "To verify your identity, may I have your registered phone number?",
        "Could you confirm the phone number linked to your account, please?",
    });
    c.identityAsks[order] = phrases({
        "Could you please give me your order number so I can look it up?",
        "May I have the order number, please?",
        "To check this accurately, could you share the order number?",
    });
    c.identityAsks[idCard] = phrases({
        "For account security I need to verify your identity. Could you give me your passport number?",
        "Could you please provide the ID or passport number used to verify the account?",
    });
    c.curtIdentityAsks[phone] = phrases({"Phone number.", "Your number?"});
    c.curtIdentityAsks[order] = phrases({"Order number.", "Order number?"});
    c.curtIdentityAsks[idCard] = phrases({"Passport number.", "ID number?"});
    c.identityGives[phone] = phrases({"{phone}.", "It's {phone}.", "My number is {phone}."});
    c.identityGives[order] = phrases({"It's {order}.", "{order}.", "Let me check... the order number is {order}."});
    c.identityGives[idCard] = phrases({"My passport number is {idcard}.", "{idcard}.", "It's {idcard}."});
    c.identityConfirmed = phrases({
        "Thank you, {customer}, you're verified.", "Thanks for confirming, {customer}.",
        "Thank you, I've found your account."});
    c.curtIdentityConfirmed = phrases({"OK.", "Found it.", ""});

    c.restatePrefixes = phrases({"Just to confirm, ", "So if I understand correctly, ", "Let me make sure I have this right: "});
    c.restateSuffixes = phrases({", is that right?", ", correct?", " - is that correct?"});
    c.confirmations = phrases({"Yes, that's right.", "Exactly.", "Yes.", "Yes, please sort it out quickly."});

    c.holdReturns = phrases({"Thank you for holding.", "Sorry to keep you waiting.", "Thanks for your patience."});
    c.nudgeApologies = phrases({"Sorry for the wait.", "Apologies, I was checking your case."});
    c.analysisReactions = phrases({
        "Oh. So what happens now?", "I see. How are you going to fix it?", "So when will this be sorted out?",
        "OK, and what's next?"});
    c.curtAnalyses = phrases({"That's what the system shows.", "I don't know.", "That's not our department.", "Check it yourself."});

    c.complaints = phrases({
        "Your service is terrible!", "What kind of attitude is that? I want to make a complaint!",
        "Every time I contact you nothing gets solved.", "Can I talk to someone else?",
        "I've explained this three times already, are you even listening?",
        "This is so disappointing. I'm never buying from you again."});
    c.curtReplies = phrases({
        "We can't do anything about that.", "Look it up yourself.", "Just wait for the notification.",
        "That's not my department.", "That's how the system works, nothing I can do."});
    c.curtComebacks = phrases({
        "I've already explained that.", "Complain if you want.", "Telling me won't help.", "Those are the rules.",
        "Shouting at me won't change anything."});
    c.accepts = phrases({
        "OK, got it, thank you.", "Alright, I'll wait for the update then.", "Great, that's clear. Thanks a lot.",
        "Sounds good, thank you."});
    c.rejects = phrases({
        "So when will it actually be fixed? This service is terrible.", "That's it? That's not good enough.",
        "Forget it, this is pointless.", "That doesn't solve anything!",
        "Fine, I'll wait, but if nothing happens I'm filing a complaint."});

    c.anythingElseAsks = phrases({"Is there anything else I can help you with?", "Do you have any other questions?"});
    c.anythingElseNo = phrases({"No, that's all, thanks.", "No, that was it.", "Nothing else for now."});
    c.satisfactionAsks = phrases({
        "Are you satisfied with how we handled this today?", "Was my service satisfactory today?",
        "You'll get a short survey in a moment. Are you satisfied with the solution?"});
    c.satisfactionInvites = phrases({
        "You'll receive a short satisfaction survey shortly, we'd appreciate your feedback.",
        "A satisfaction survey will follow, please take a moment to rate our service."});
    c.satisfiedReplies = phrases({"Yes, very happy, thank you.", "Yes, you were really helpful.", "Absolutely, great service."});
    c.neutralReplies = phrases({"It's OK I guess.", "So-so, I hope it gets fixed soon."});
    c.dissatisfiedReplies = phrases({"Not really, the problem isn't solved.", "No.", "What do you think? Nothing was fixed."});
    c.customerByes = phrases({"OK, bye.", "Thanks, bye!", "Great, thanks for your help. Bye."});
    c.angryByes = phrases({"Forget it.", "Whatever.", "I'll be filing a complaint."});

    c.repeatAsks = phrases({"Sorry, I didn't catch that, could you repeat it?", "The line is bad, could you say that again?",
                            "Could you slow down a bit? I'm writing this down."});
    c.repeatLeads = phrases({"Sure, let me repeat that: ", "No problem, once more: ", "Of course: "});
    c.secondIssueLeads = phrases({"Also, I have another question. ", "Oh, and one more thing. ", "One more thing while I have you. "});
    c.answerPrefixes = phrases({"Sure.", "Good question.", "Let me explain."});
    c.probeAcks = phrases({"OK.", "Thanks, noted.", "Got it, thank you.", "Understood."});

    c.emailReplyOpenings = phrases({"Hello {customer},", "Thank you for your reply.", "Dear customer,"});
    c.emailSignatures = phrases({"Kind regards, {agent}, Customer Care", "Best regards, {agent}"});
    c.curtEmailSignatures = phrases({"Customer Care", ""});
    c.customerEmailOpenings = phrases({"Hello.", "Hi again.", "Thanks for your reply."});
    c.customerEmailClosings = phrases({"Thanks.", "Looking forward to your reply.", "Please handle this quickly."});

    c.followUps = exchanges({
        {"How long will this take?", "You should have a result within {hours} hours, and we'll text you once it's done."},
        {"Will you let me know the result?", "Yes, you'll get a text message with every update, and you can also see it under My Account > Service History."},
        {"Is there a charge for this?", "No, this is completely free of charge."},
        {"Can you speed it up?", "Yes, I've marked the ticket as urgent so it will be handled first."},
        {"What if it's still not solved by then?", "Just contact us again with ticket number {ticket}, and my colleagues will see the full history."},
        {"What are your opening hours?", "Live agents are available from 8 am to 10 pm every day. Outside those hours you can leave a message in the app."},
        {"What's the ticket number? I'll write it down.", "The ticket number is {ticket}."},
        {"Can I get that in writing?", "Of course, we'll send you a written summary once it's resolved."},
        {"I reported this before, why is it happening again?", "I'm sorry about that. I can see your previous case, and I've flagged this one so it gets followed up properly."},
        {"Is there anything I need to do now?", "Nothing for now, just keep your phone nearby."},
        {"Where can I see the progress?", "In the app, go to My Account > Service Progress, every step is listed there."},
        {"Could I get some compensation?", "I can offer you a 5-dollar voucher as compensation, it will be in your account within {hours} hours."},
        {"Can it be done today?", "I'll do my best to finish it today, and no later than {laterdate}."},
        {"What's your name? I'd like to ask for you next time.", "I'm {agent}, staff number {staff}. Just mention it next time."},
    });
    c.orderFollowUps = exchanges({
        {"Do I need to stay at home?", "No need, we'll call you before anything happens."},
        {"Will this affect my other orders?", "No, it only concerns this order, your other orders are not affected."},
        {"Should I place the order again?", "Not for now. Let's wait for the result first, and we'll tell you if that's needed."},
        {"Do you need any photos or documents?", "If needed, please take a photo and upload it through the link in our text message."},
        {"What if I'm not home that day?", "Just let us know a day before and we'll rearrange, or someone else can receive it for you."},
        {"Could you send me the tracking number?", "Sure, it's {tracking}, and I've texted it to you as well."},
    });
    c.probes = exchanges({
        {"When did you first notice the problem?", "On {date}."},
        {"Could you leave a contact number so we can update you?", "Sure, call me on {phone}."},
        {"Have you contacted us about this before?", "Yes, once. They said they'd get back to me, but nobody did."},
        {"Is this the first time it happened?", "No, it happened once before."},
    });
    c.smallTalk = exchanges({
        {"OK, let me grab a pen.", "Sure, take your time."},
        {"Right, I understand now.", "Great. If anything is unclear, just ask."},
        {"You must be busy these days.", "It's been a busy week, sorry for the wait."},
        {"Hang on, my kid is asking me something.", "No problem, I'll wait."},
    });
    return c;
}

} // namespace qadesk::demo
