// English scenarios about accounts and service: billing, product use, membership, complaints about
// staff, suggestions, account security and general enquiries.
#include "demo/PhraseBook.h"

namespace qadesk::demo {

void appendEnglishServiceScenarios(QList<Scenario> &scenarios)
{
    scenarios.append(Scenario{
        .key = "billing",
        .categories = Consultation | Complaint,
        .identity = Identity::IdCard,
        .aboutOrder = false,
        .problems = phrases({
            "I was charged an extra ${amount} this month and I don't know what it is.",
            "I never signed up for auto-renewal, so why am I charged ${amount} every month?",
            "I was charged twice yesterday for the same order.",
        }),
        .needs = phrases({
            "there's a charge of ${amount} on this month's bill you don't recognise",
            "you're being charged ${amount} every month for an auto-renewal you never chose",
            "you were charged twice for the same order",
        }),
        .upsets = phrases({"You can't just take my money without asking!"}),
        .analyses = phrases({
            "This is the monthly fee of an add-on service activated in the app on {date}.",
            "The ${amount} is a membership auto-renewal. It was switched on by default when you took the first-month offer on {date}.",
            "Your payment on {date} timed out and was submitted twice. The duplicate is refunded automatically.",
        }),
        .solutions = phrases({
            "I've cancelled that add-on for you, so there will be no charge next month, and this month's fee is refunded in full.",
            "I've turned off auto-renewal and requested a refund of this month's ${amount}, ticket {ticket}. It will be back on your card within three business days, and there will be no further charges.",
            "I've refunded the duplicate charge. It should reach you by {laterdate}, and you'll get a text when it does.",
        }),
        .curtReplies = phrases({"You signed up for it.", "The bill is correct, read the details.", "No refunds for that."}),
        .followUps = exchanges({
            {"Will I be charged again?", "No, auto-renewal is off now. You can check under Auto-Renewal Settings."},
            {"Can I get the earlier months back too?", "I've filed a request for the earlier months as well, and you'll be notified of the result by text."},
            {"Where can I see my monthly statement?", "In the app under My Account > Billing, pick the month to see each charge."},
        }),
        .probes = exchanges({
            {"Which card was charged? Could you read me the number so I can check?", "This one, {bankcard}."},
            {"When did you notice the charge?", "This morning, when my bank texted me."},
        }),
    });

    scenarios.append(Scenario{
        .key = "product_usage",
        .categories = Consultation,
        .identity = Identity::Phone,
        .aboutOrder = false,
        .problems = phrases({
            "My new {device} won't connect to my home Wi-Fi. I've tried several times.",
            "How do I pair the {device} with the phone app? The manual is confusing.",
            "My {device} keeps disconnecting lately. Is it broken?",
        }),
        .needs = phrases({
            "your new {device} won't connect to your home Wi-Fi",
            "you'd like to know how to pair the {device} with the app",
            "your {device} keeps disconnecting",
        }),
        .upsets = phrases({"The manual is impossible to understand."}),
        .analyses = phrases({
            "The {device} only supports 2.4 GHz Wi-Fi, so if your router combines both bands, the device may fail to connect.",
            "It sounds like the firmware is out of date; the latest app needs a firmware update before pairing.",
            "Frequent disconnects usually mean the device is too far from the router or the router has too many devices.",
        }),
        .solutions = phrases({
            "Here's what to do: first, hold the power button for five seconds until it beeps; second, open the app and tap the plus sign; third, choose the 2.4 GHz network and enter the password. It connects within a minute.",
            "Please update the firmware under Device > Firmware Update, restart the device and add it again. If that doesn't work, I'll book a remote session with a technician.",
            "Move the device within five metres of the router and give the 2.4 and 5 GHz networks separate names. If it still drops, we'll check the hardware for free under warranty.",
        }),
        .curtReplies = phrases({"It's in the manual.", "Ask your router maker.", "Must be your network."}),
        .followUps = exchanges({
            {"How long is the warranty?", "One year for the whole unit and two years for the main parts. Your order is enough, no paper receipt needed."},
            {"Will a firmware update erase my settings?", "No, your settings are kept, just don't unplug it during the update."},
            {"Is there a video tutorial?", "Yes, there are videos in the app's Help Centre. I'll text you the link."},
        }),
        .probes = exchanges({
            {"Is your router dual-band?", "I'm not sure, I think so."},
            {"What colour is the light on the device right now?", "It's flashing blue."},
        }),
    });

    scenarios.append(Scenario{
        .key = "membership",
        .categories = Consultation | OtherCategory,
        .identity = Identity::Phone,
        .aboutOrder = false,
        .problems = phrases({
            "What benefits do I get with my {member} membership?",
            "Why did my points drop by {points} all of a sudden?",
            "I'm a member, so why wasn't shipping free on my order?",
        }),
        .needs = phrases({
            "you'd like to know the benefits of your {member} membership",
            "your points balance dropped by {points} without explanation",
            "you're a member but weren't given free shipping",
        }),
        .upsets = phrases({
            "What's the point of being a member then?",
        }),
        .analyses = phrases({
            "You're a {member} member until {laterdate}, with four free-shipping vouchers a month, a priority hotline and a birthday gift.",
            "A batch of {points} points expired this month; points are valid for twelve months from when you earn them.",
            "That order was shipped by a third-party seller, and free shipping only applies to items we ship ourselves.",
        }),
        .solutions = phrases({
            "You can see all benefits under My Account > Membership. The shipping vouchers arrive on the 1st of each month and can be selected at checkout.",
            "Since you didn't get an expiry reminder, I've asked to restore the {points} points within {hours} hours, and turned on expiry reminders for you.",
            "I've requested compensation for the shipping fee as a voucher, which will be in your account within {hours} hours.",
        }),
        .curtReplies = phrases({
            "It's all in the rules.",
            "I can't change the membership rules.",
            "Expired is expired.",
        }),
        .followUps = exchanges({
            {"Does the membership renew automatically?", "Only if you turned on auto-renewal, which you haven't. We'll remind you seven days before it expires."},
            {"What can I get with points?", "You can exchange them for vouchers and gifts in the points store."},
        }),
        .probes = exchanges({
            {"Did you join through the app?", "Yes, in the app."},
        }),
    });

    scenarios.append(Scenario{
        .key = "service_attitude",
        .categories = Complaint,
        .identity = Identity::Phone,
        .aboutOrder = false,
        .problems = phrases({
            "I want to complain about your installer. He was extremely rude and argued with me.",
            "I called yesterday and the agent was rude and hung up on me.",
            "Your agent promised to call me back, and nobody ever did.",
        }),
        .needs = phrases({
            "you're very unhappy with how the installer treated you",
            "the agent you spoke to yesterday was rude and hung up on you",
            "you were promised a call back that never came",
        }),
        .upsets = phrases({"I want a proper answer today!"}),
        .analyses = phrases({
            "The installer works for a partner company, and this behaviour breaks our service rules.",
            "I've found the record of your previous call, and the service clearly fell short. I'm very sorry.",
            "The record from {date} says we would call you back, and that wasn't followed up. That's our mistake.",
        }),
        .solutions = phrases({
            "I've logged your complaint, ticket {ticket}. Our quality team will investigate, and someone will call you with the outcome within {hours} hours.",
            "I've escalated this to a complaints specialist. The staff involved will be followed up and retrained, and I've added a voucher to your account as an apology.",
            "First, I apologise on behalf of the company. Second, a supervisor will call you within {hours} hours. Third, I'll handle your original issue right now so you don't have to wait.",
        }),
        .curtReplies = phrases({"So what do you want?", "I don't know what happened.", "Complain if you want."}),
        .followUps = exchanges({
            {"What will happen to that person?", "They'll be followed up according to the findings, and we'll tell you the outcome."},
            {"Can you make sure he doesn't come again?", "Yes, I've noted on your account that he won't be sent to you again."},
        }),
        .probes = exchanges({
            {"Roughly what day and time did you call?", "On {date}, around three in the afternoon."},
        }),
    });

    scenarios.append(Scenario{
        .key = "feature_suggestion",
        .categories = Suggestion,
        .identity = Identity::None,
        .aboutOrder = false,
        .problems = phrases({
            "I have a suggestion: could the app get a dark mode? It's too bright at night.",
            "You should let me pay for several orders at once in the app.",
            "It would be great if the {device} had a timer, I have to switch it on manually every time.",
        }),
        .needs = phrases({
            "you'd like a dark mode in the app",
            "you'd like to be able to pay for several orders at once",
            "you'd like the {device} to have a timer",
        }),
        .upsets = phrases({"Honestly, the app feels outdated."}),
        .analyses = phrases({
            "The app actually follows your phone's dark mode already, under Settings > General, though many people don't know it.",
            "This feature is on the product roadmap, but there's no release date yet.",
            "That's a great idea, and quite a few customers have asked for the same thing.",
        }),
        .solutions = phrases({
            "For now, try Settings > General > Dark Mode, and I'll also pass on your request for a separate switch.",
            "I've forwarded your idea to the product team, who review customer suggestions every month. We'll let you know if there's news.",
            "I've recorded your suggestion, reference {ticket}, and passed it to the product team. If it's adopted, we'll text you and add bonus points to your account.",
        }),
        .curtReplies = phrases({"We don't decide that.", "Leave a review in the app store.", "We only do after-sales."}),
        .followUps = exchanges({
            {"When will it be available?", "That depends on the product team's review; new features are listed in the release notes."},
            {"Do I get anything for suggestions?", "Yes, adopted suggestions earn 500 points, added to your account automatically."},
        }),
        .probes = exchanges({
            {"Do you use the phone app or the website?", "The phone app, on Android."},
        }),
    });

    scenarios.append(Scenario{
        .key = "process_suggestion",
        .categories = Suggestion | Complaint,
        .identity = Identity::None,
        .aboutOrder = false,
        .problems = phrases({
            "A suggestion: the hotline queue is far too long, I waited twenty minutes.",
            "Your packaging is so wasteful, a tiny item came in a huge box.",
            "Please simplify the return process, there are far too many forms.",
        }),
        .needs = phrases({
            "the waiting time on the hotline is too long",
            "you'd like us to cut down on packaging",
            "you'd like a simpler return process",
        }),
        .upsets = phrases({"Your service is so slow."}),
        .analyses = phrases({
            "We're in a peak period and call volume has doubled, so waiting times are longer than usual.",
            "You're absolutely right, over-packaging is something we're working on with greener packaging this year.",
            "Some details in the return form are needed to check the item, but there's definitely room to simplify.",
        }),
        .solutions = phrases({
            "Thank you, I've passed this on, reference {ticket}. At busy times you can also use live chat in the app or book a call back instead of queueing.",
            "I've forwarded your feedback to the warehouse and noted 'minimal packaging' on your account for future orders.",
            "I'll pass your feedback to the process team, reference {ticket}. In the meantime, quality returns in the app now only need a photo, the other fields are optional.",
        }),
        .curtReplies = phrases({
            "It's the same for everyone.",
            "We don't decide those things.",
            "That's just the process.",
        }),
        .followUps = exchanges({
            {"How do I book a call back?", "On the support page in the app, tap Call Me Back and pick a time slot."},
            {"Will you actually change anything?", "Every suggestion gets a reference and is tracked, so yours will be reviewed."},
        }),
        .probes = exchanges({
            {"Roughly what time did you call?", "Around ten in the morning."},
        }),
    });

    scenarios.append(Scenario{
        .key = "account_security",
        .categories = OtherCategory | Consultation,
        .identity = Identity::IdCard,
        .aboutOrder = false,
        .problems = phrases({
            "I think someone logged into my account, I got an alert about an unknown device.",
            "I don't use my old number anymore and want to link a new one: {phone}.",
            "My account is locked and I can't log in.",
        }),
        .needs = phrases({
            "there was a login from an unknown device and you're worried about your account",
            "you'd like to change the phone number linked to your account",
            "your account is locked and you can't log in",
        }),
        .upsets = phrases({"Is my money safe? How do you protect your customers?"}),
        .analyses = phrases({
            "I can see a login on {date} from another city on a device you don't normally use, so the account may be compromised.",
            "To change the phone number we need identity verification, and the number you gave has been verified.",
            "The account was locked after several wrong passwords in a row, as a security measure.",
        }),
        .solutions = phrases({
            "I've signed out all devices and paused payments. Please change your password now and turn on login protection under Account Security, then I'll re-enable payments.",
            "I've changed the linked number to {phone}; you'll use it for login and verification codes from now on.",
            "I've unlocked the account. Please reset your password with the Forgot Password link and turn on fingerprint login.",
        }),
        .curtReplies = phrases({
            "Change your password yourself.",
            "You'll have to do it yourself in the app.",
            "Do it in the app.",
        }),
        .followUps = exchanges({
            {"Is my personal data safe?", "Yes, we've secured the account, and sensitive data is stored encrypted."},
            {"How do I choose a safe password?", "Use at least eight characters with letters, numbers and symbols, and don't reuse it elsewhere."},
        }),
        .probes = exchanges({
            {"Have you logged in on any other device recently?", "No, only on my own phone."},
        }),
    });

    scenarios.append(Scenario{
        .key = "general_enquiry",
        .categories = OtherCategory | Consultation,
        .identity = Identity::None,
        .aboutOrder = false,
        .problems = phrases({
            "Do you have a store in {city}? I'd like to see the product in person.",
            "Do you offer discounts for corporate orders? My company wants to place a bulk order for our new office.",
            "Do you ship during the Spring Festival holiday?",
        }),
        .needs = phrases({
            "you'd like to know whether there's a store in {city}",
            "your company wants to buy in bulk and would like corporate pricing",
            "you'd like to know about shipping during the holiday",
        }),
        .upsets = phrases({"Nobody answered my email about this last week."}),
        .analyses = phrases({
            "We have three showrooms in {city} where you can try and buy products.",
            "We have a corporate programme; orders of twenty units or more get business pricing.",
            "Our warehouse ships as usual over the holiday, but couriers are busier, so allow an extra day or two.",
        }),
        .solutions = phrases({
            "I've texted you the address and opening hours of the nearest store, open 10 am to 10 pm. It's worth calling ahead to check stock.",
            "I've registered your request, reference {ticket}, and an account manager will contact you within {hours} hours with a quote.",
            "To be safe, order before the holiday starts, and I'll text you the holiday shipping schedule.",
        }),
        .curtReplies = phrases({"It's on the website.", "Not our department.", "No idea."}),
        .followUps = exchanges({
            {"Are store prices the same as online?", "Yes, prices are the same, and app vouchers work in store too."},
            {"Can I return online orders in a store?", "Yes, just bring your order details."},
        }),
        .probes = exchanges({
            {"How many units are you looking for?", "Around fifty."},
        }),
    });
}

} // namespace qadesk::demo
