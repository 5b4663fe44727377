#pragma once

#include <QString>

namespace qadesk::demo {

enum class Speaker : quint8
{
    Customer,
    Agent,
    System
};

// What comes before a turn: the usual reaction time, an announced hold, or an unexplained silence.
enum class Pause : quint8
{
    Normal,
    Hold,
    Silence
};

// A turn before it has times: DialogueWriter decides what is said, DialogueClock when.
struct Beat
{
    Speaker speaker = Speaker::Customer;
    Pause pause = Pause::Normal;
    QString text;
};

} // namespace qadesk::demo
