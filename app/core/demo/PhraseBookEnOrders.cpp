// English scenarios about orders: delivery, lost parcels, returns, refunds, addresses, installation,
// repairs and invoices.
#include "demo/PhraseBook.h"

namespace qadesk::demo {

void appendEnglishOrderScenarios(QList<Scenario> &scenarios)
{
    scenarios.append(Scenario{
        .key = "logistics_delay",
        .categories = Complaint | Consultation,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "I ordered a {product} on {date}, order {order}, and it still hasn't arrived. The tracking hasn't moved for days.",
            "My parcel has been stuck at a {courier} hub for {days} days. The tracking number is {tracking}.",
            "Where is my order {order}? You said it would take {days} days.",
        }),
        .needs = phrases({
            "the {product} you ordered on {date} hasn't arrived and the tracking hasn't updated",
            "your parcel has been sitting at the hub for {days} days without being delivered",
            "order {order} is past its promised delivery date",
        }),
        .upsets = phrases({"It's been {days} days! I need it urgently.", "You always say it's on the way. Where is it?"}),
        .analyses = phrases({
            "I can see your parcel is at the {courier} sorting hub. They have a backlog this week, so the tracking wasn't updated.",
            "Your parcel left our warehouse on {date} and is in transit. The scan at the hub simply wasn't uploaded.",
            "I've just contacted {courier}, and the parcel was delayed in transit but has now reached your city.",
        }),
        .solutions = phrases({
            "I've filed a priority request with {courier}, ticket number {ticket}. It should be delivered by {laterdate}. If not, contact us and we'll resend it or refund you in full.",
            "I've asked the local depot to prioritise your parcel and added a note to the order. Expect delivery by {laterdate}, and the driver will call you first.",
            "First, I've opened ticket {ticket} to chase the parcel. Second, a specialist will track it and text you within {hours} hours. Third, if it isn't delivered by {laterdate}, we'll send a replacement.",
        }),
        .curtReplies = phrases({"Ask the courier.", "It says in transit, just wait.", "We can't make the courier go faster."}),
        .followUps = exchanges({
            {"Will the driver call me first?", "Yes, the driver will call before delivery, so please keep your phone on."},
            {"Can I pick it up at the depot myself?", "Yes, I'll text you the depot address, just bring the pickup code."},
            {"What if the parcel is damaged?", "Check it when it arrives. If it's damaged, refuse it and we'll ship a new one."},
            {"When will the tracking update?", "Usually within two to four hours after each scan, so please check again later today."},
            {"Do I get anything for the delay?", "I've added a shipping voucher to your account for the inconvenience."},
        }),
        .probes = exchanges({
            {"What's the last update in the tracking?", "It says it reached the hub on {date}, nothing since."},
            {"Is the delivery address {address}?", "Yes, that's right."},
        }),
    });

    scenarios.append(Scenario{
        .key = "lost_parcel",
        .categories = Complaint | AfterSales,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "The tracking says my parcel was delivered on {date}, but I never got it. Order {order}.",
            "My parcel is lost. Tracking number {tracking}, and the courier says they can't find it.",
            "My {product} shows as delivered, but nobody in my building signed for it.",
        }),
        .needs = phrases({
            "the parcel shows as delivered but you never received it",
            "your parcel was lost during delivery and you want to know what happens next",
            "the {product} from order {order} is marked delivered but nobody received it",
        }),
        .upsets = phrases({"I paid and got nothing. How is that OK?", "This is the second time a parcel got lost!"}),
        .analyses = phrases({
            "The delivery record shows it was left in a parcel locker on {date}, but the pickup code text seems to have failed.",
            "The {courier} depot has confirmed the parcel was lost during delivery, so the courier is responsible.",
            "The signature on the delivery record doesn't match, so we've opened an investigation with the courier.",
        }),
        .solutions = phrases({
            "I've registered a lost-parcel claim, ticket {ticket}, and we'll send you a new {product} free of charge by {laterdate}. We'll settle the rest with the courier, you don't need to do anything.",
            "I can offer two options: we resend the item right away, or refund the full ${amount}, which takes one to three business days. Which do you prefer?",
            "I've escalated this to our claims team. A specialist will contact you within {hours} hours, and then we'll resend or refund immediately.",
        }),
        .curtReplies = phrases({"It says delivered. Look around.", "The courier has to investigate first.", "Ask the driver."}),
        .followUps = exchanges({
            {"Do I pay shipping for the replacement?", "No, the shipping for the replacement is on us."},
            {"How long does the investigation take?", "Usually three to five business days, but we'll send the replacement before it finishes."},
            {"What if the original parcel turns up?", "Just refuse it or tell us, and we'll arrange a free return. You won't be charged twice."},
            {"Can I just get a refund instead?", "Of course, I can refund the full ${amount}, it will reach your original payment method within three business days."},
        }),
        .probes = exchanges({
            {"Is there a parcel locker near your home?", "Yes, I checked it, it's not there."},
            {"Did you get a text with a pickup code?", "No, nothing at all."},
        }),
    });

    scenarios.append(Scenario{
        .key = "return_exchange",
        .categories = AfterSales | Consultation,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "The {product} I bought on {date} is the wrong size, I'd like to exchange it.",
            "The {product} I received is faulty, it won't turn on. I want to return it.",
            "The {product} I got on {date} stopped working after two days. Can I get a new one?",
        }),
        .needs = phrases({
            "you'd like to return or exchange the {product}",
            "the {product} you received is faulty and you want to return it",
            "the {product} stopped working after two days and you'd like a replacement",
        }),
        .upsets = phrases({
            "Why is returning things so complicated?",
        }),
        .analyses = phrases({
            "Your order is still inside the 7-day return window, so as long as the item is in resalable condition you can return it.",
            "From what you describe this is a quality issue, so the return is free and we cover shipping both ways.",
            "It's been less than 15 days since delivery, so you can choose either an exchange or a refund.",
        }),
        .solutions = phrases({
            "In the app, open the order and tap Return or Exchange, then choose the new size. I'll approve it right away, and the courier will collect the item on {laterdate} and bring the new one.",
            "I've submitted the return for you, ticket {ticket}. A courier will pick it up tomorrow. Once the warehouse checks it, ${amount} will be refunded within one to three business days.",
            "Here are the steps: first, tap Request Return in the order; second, choose Quality Issue and upload two photos; third, pick a collection time. You won't pay for shipping.",
        }),
        .curtReplies = phrases({"Too late, no returns.", "Do it in the app.", "Opened items can't be returned."}),
        .followUps = exchanges({
            {"Who pays for return shipping?", "For quality issues we cover the return shipping, so it costs you nothing."},
            {"What if I'm not home for the pickup?", "You can change the pickup time in the app, or leave it at your building's parcel station."},
            {"How long does an exchange take?", "We ship the new item within 24 hours of receiving the return, so about three to five days in total."},
            {"Can the refund go to my bank card?", "Refunds go back to the original payment method, so the card you paid with."},
        }),
        .probes = exchanges({
            {"Do you still have the box and accessories?", "Yes, I kept everything."},
            {"Could you describe the problem?", "It won't charge and the light doesn't come on."},
        }),
    });

    scenarios.append(Scenario{
        .key = "refund_progress",
        .categories = AfterSales | Complaint,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "I requested a refund on {date} and still haven't received it. Order {order}.",
            "The app says the refund was successful, but there's no money on my card.",
            "I sent the return back {days} days ago. Why hasn't the refund been processed?",
        }),
        .needs = phrases({
            "the refund you requested on {date} hasn't arrived yet",
            "the refund shows as completed but the ${amount} isn't on your card",
            "you returned the item {days} days ago and the refund hasn't been processed",
        }),
        .upsets = phrases({"You took my money in seconds, why does the refund take weeks?"}),
        .analyses = phrases({
            "Your refund of ${amount} was approved on {date} and is with the bank now. Card refunds take one to five business days.",
            "The refund went back to your card ending in {cardtail}. The bank may simply be slow to post it.",
            "The warehouse hasn't logged your return yet, so the refund hasn't been triggered.",
        }),
        .solutions = phrases({
            "I've escalated the refund, so it should arrive within {hours} hours. I'll call you back to confirm.",
            "Please check the statement of the card ending in {cardtail}. If it's not there by {laterdate}, I'll send you a refund reference you can give to your bank.",
            "I've asked the warehouse to log your return today, ticket {ticket}, so the refund will be approved today and you'll get a text when it's done.",
        }),
        .curtReplies = phrases({"Refunds take time.", "We sent it, ask your bank.", "It says successful, so it's fine on our side."}),
        .followUps = exchanges({
            {"Can you refund to a different card?", "For security reasons refunds can only go back to the original payment method."},
            {"Will I get the coupon back too?", "Yes, the coupon will be returned to your account with the same expiry date."},
            {"Is the shipping fee refunded as well?", "Yes, for a quality issue the shipping fee is included in the refund."},
        }),
        .probes = exchanges({
            {"Which card did you pay with? Could you read me the number?", "This one, {bankcard}."},
            {"What's the tracking number of your return?", "It's {tracking}."},
        }),
    });

    scenarios.append(Scenario{
        .key = "change_address",
        .categories = Consultation | AfterSales | OtherCategory,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "I put the wrong address on my order {order}. Can you change it?",
            "Can I send my order to my office instead? It hasn't shipped yet, right?",
            "I've moved. Could you change the delivery address for order {order}?",
        }),
        .needs = phrases({
            "the delivery address on order {order} needs to be changed",
            "you'd like the order delivered to your office instead",
            "you've moved and need order {order} sent to your new address",
        }),
        .upsets = phrases({"I can't find where to change the address in the app."}),
        .analyses = phrases({
            "Your order hasn't left the warehouse yet, so I can change the address directly.",
            "Your order shipped on {date}, so we'll need the courier to redirect it.",
            "The order is being packed right now, so I can stop it and update the address.",
        }),
        .solutions = phrases({
            "I've changed the delivery address to {address}. You'll get a confirmation text, and the new address is visible in the order details.",
            "I've asked {courier} to redirect the parcel. It should reach the new address by {laterdate}, free of charge.",
            "I've stopped the parcel at the warehouse and changed the address to {address}. It will ship to the new address this afternoon.",
        }),
        .curtReplies = phrases({"It shipped, can't change it.", "Change it in the app.", "You typed the address yourself."}),
        .followUps = exchanges({
            {"Will it arrive later now?", "Within the same city there's usually no delay, a different city may add a day or two."},
            {"Can I change the recipient too?", "Yes, the recipient name and phone number can be changed as well."},
            {"Is there a fee for this?", "No, changing the address is free."},
        }),
        .probes = exchanges({
            {"What's the new address?", "Please change it to {address}."},
        }),
    });

    scenarios.append(Scenario{
        .key = "installation",
        .categories = AfterSales | Consultation,
        .identity = Identity::Phone,
        .aboutOrder = true,
        .problems = phrases({
            "My {appliance} has arrived and I'd like to book the installation.",
            "The technician was supposed to install my {appliance} today and still hasn't shown up.",
            "The installer wants an extra ${amount} for materials for my {appliance}. Is that right?",
        }),
        .needs = phrases({
            "your {appliance} has arrived and you'd like to book an installation",
            "the technician booked for today hasn't arrived to install your {appliance}",
            "the installer is asking for an extra ${amount} for materials",
        }),
        .upsets = phrases({
            "Your installation service is so unreliable!",
        }),
        .analyses = phrases({
            "I can see the {appliance} was delivered, and your area is covered by our local service partner.",
            "I've spoken with the service centre, and the technician's previous job overran, which delayed your appointment.",
            "Standard installation is free; only extra pipes or brackets beyond the standard kit are charged, at published prices.",
        }),
        .solutions = phrases({
            "I've booked the installation for {laterdate}, {timeslot}. The technician will call an hour before arriving, ticket {ticket}.",
            "I've chased the service centre and the technician will be there within two hours. If that's not possible, I'll rebook for tomorrow {timeslot} and add a delay voucher.",
            "I've texted you our price list. Ask the technician for an itemised bill, and you can refuse any charge that isn't on the list. We'll follow up with a call.",
        }),
        .curtReplies = phrases({
            "The technicians are busy, wait.",
            "The schedule is up to the service centre.",
            "Call the service centre.",
        }),
        .followUps = exchanges({
            {"How long does the installation take?", "A standard installation takes one to two hours, a bit longer if drilling is needed."},
            {"Do I need to prepare anything?", "Just clear the installation area and make sure there's a power socket nearby."},
            {"Can they come at the weekend?", "Yes, weekends are possible, let me check the free slots."},
        }),
        .probes = exchanges({
            {"Is the installation address {address}?", "Yes, that's it."},
            {"When are you usually at home?", "{timeslot} works for me."},
        }),
    });

    scenarios.append(Scenario{
        .key = "repair",
        .categories = AfterSales | Complaint,
        .identity = Identity::Phone,
        .aboutOrder = true,
        .problems = phrases({
            "My {appliance} broke after less than six months, it keeps leaking.",
            "My {product} won't charge anymore. It's still under warranty, can you fix it?",
            "My {appliance} shows error E3 when I switch it on. What does that mean?",
            "My {appliance} was repaired last month and it's broken again.",
        }),
        .needs = phrases({
            "your {appliance} is leaking after less than six months",
            "your {product} no longer charges and you'd like a warranty repair",
            "your {appliance} shows error E3",
            "the {appliance} that was repaired before has failed again",
        }),
        .upsets = phrases({"Six months and it's broken. The quality is terrible!"}),
        .analyses = phrases({
            "A leak is usually a loose inlet hose or a worn seal, so a technician needs to check it. The product is still under warranty, so the repair is free.",
            "Your product is still under warranty, so non-accidental faults are repaired free of charge.",
            "Error E3 usually points to the inlet valve or a sensor, so a technician needs to inspect it.",
            "I can see a repair on {date}. The same fault within 30 days counts as a repeat repair, so it gets priority.",
        }),
        .solutions = phrases({
            "I've opened repair ticket {ticket}, and a technician will visit on {laterdate}, {timeslot}. Under warranty the visit and repair are free.",
            "You can send the {product} to our repair centre. I'll text you the address and a free shipping code, and we'll ship it back after about seven days.",
            "I've booked a technician for {laterdate}, {timeslot}, ticket {ticket}. If a part needs replacing, it's free under warranty.",
            "Since this is a repeat repair, I've escalated it to the repair supervisor, who will call you within {hours} hours. If it can't be fixed, we'll replace it.",
        }),
        .curtReplies = phrases({"Submit a repair request in the app.", "You must have used it wrong.", "Out of warranty means you pay."}),
        .followUps = exchanges({
            {"What if it can't be fixed?", "If the technician confirms it can't be repaired, we'll replace it free of charge under warranty."},
            {"Do I pay for replacement parts?", "Not under warranty. After the warranty, parts are charged at the published prices."},
            {"How long will the repair take?", "Most repairs are done on the first visit; if a part is needed, allow two to three days."},
        }),
        .probes = exchanges({
            {"When did the problem start?", "A couple of days ago, around {date}."},
            {"Do you remember when you bought it?", "Around {date}, order number {order}."},
        }),
    });

    scenarios.append(Scenario{
        .key = "invoice",
        .categories = Consultation | AfterSales,
        .identity = Identity::Order,
        .aboutOrder = true,
        .problems = phrases({
            "I need an invoice for order {order}, made out to my company.",
            "The company name on my invoice is wrong. Can you reissue it?",
            "I still haven't received my invoice, it's been {days} days.",
        }),
        .needs = phrases({
            "you need a company invoice for order {order}",
            "the invoice has the wrong company name and needs to be reissued",
            "the invoice you requested {days} days ago hasn't arrived",
        }),
        .upsets = phrases({"My company is waiting for this to reimburse me!"}),
        .analyses = phrases({
            "No invoice has been requested for this order yet. You can request one up to 90 days after the order completes.",
            "A wrong invoice can be reissued: we cancel the original and issue a new one.",
            "The e-invoice was issued on {date}, but it looks like the email address had a typo.",
        }),
        .solutions = phrases({
            "Open the order, tap Request Invoice, choose Company and enter the company name and tax number. The e-invoice usually arrives by email within 24 hours.",
            "I've requested the reissue, ticket {ticket}. Once the original is cancelled, the new invoice will be emailed within {hours} hours.",
            "I've corrected the email address and resent the invoice. It should be in your inbox within the hour.",
        }),
        .curtReplies = phrases({
            "Request it in the app.",
            "Invoices are only issued after the order completes.",
            "It'll come, just wait.",
        }),
        .followUps = exchanges({
            {"Is an e-invoice valid for reimbursement?", "Yes, an e-invoice has the same legal validity as a paper one."},
            {"Can I combine several orders on one invoice?", "Yes, orders from the same account can be combined in the Invoice Centre."},
        }),
        .probes = exchanges({
            {"Should the invoice be personal or for a company?", "For the company, with the full company name."},
        }),
    });
}

} // namespace qadesk::demo
