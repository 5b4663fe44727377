#pragma once

#include "domain/Interaction.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace qadesk {

// What a parser hands over, one interaction at a time.
struct ImportRecord
{
    enum class Kind
    {
        Interaction, // a complete interaction: created, or a duplicate when its external_id exists
        Transcript,  // a transcript file (WebVTT, SRT, text): attached to the interaction with its external_id,
                     // or created from the file's header
        Turns,       // a CSV of turns: attached to an interaction that exists
    };
    Kind kind = Kind::Interaction;
    Interaction interaction;
    int line = 0; // where the record starts
};

// The file being imported: its bytes stay mapped for the parser's lifetime.
struct ImportSource
{
    QString path; // absolute
    QByteArrayView bytes;
    QDateTime modified;
};

// Receives records, problems and progress from a parser.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    // May throw ImportCancelled.
    virtual void record(ImportRecord &record) = 0;
    virtual void error(int line, int column, const QString &message) = 0;
    virtual void warning(int line, const QString &message) = 0;
    // False once the file has as many errors as are worth reporting: parsers stop early.
    virtual bool wantsMore() const = 0;
    virtual bool hasErrors() const = 0;
    // Called now and then with the byte offset reached. May throw ImportCancelled.
    virtual void progress(qint64 bytesDone) = 0;
};

// One input format. Recoverable problems go to the sink and parsing goes on to find more; problems that
// make the rest unreadable are thrown as RecordError.
class InteractionParser
{
public:
    virtual ~InteractionParser() = default;
    virtual void parse(const ImportSource &source, RecordSink &sink) = 0;
};

} // namespace qadesk
