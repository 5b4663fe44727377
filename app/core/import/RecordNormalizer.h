#pragma once

#include "domain/Interaction.h"

#include <QString>
#include <QStringView>

namespace qadesk {

// The record-level rules shared by every format: the flat field names (CSV columns, transcript headers), the
// required fields, the first_response_s derivation and the masking of personal numbers.
class RecordNormalizer final
{
public:
    explicit RecordNormalizer(bool maskPersonalData) : m_mask(maskPersonalData) {}

    // The canonical flat field a column or header name means ("Agent.ID" → agent_id, "survey.csat" → csat),
    // or an empty string when it is not a field of an interaction.
    static QString flatKey(QStringView name);
    // flatKey, and for CSV headers also the Chinese column titles spreadsheets use (坐席工号 → agent_id, …).
    // Transcript headers use flatKey only: there 坐席：… is a turn, not a field.
    static QString columnKey(QStringView name);
    // Sets one flat field from its text. Empty text leaves the field unset. Throws FieldError.
    static void setFlat(Interaction &interaction, const QString &key, QStringView value);

    // Checks the required fields (when `requireMetadata`), derives first_response_s when it is absent and the
    // turns have times, and masks personal numbers. Throws FieldError.
    void finish(Interaction &interaction, bool requireMetadata) const;
    // The required fields a record lacks, as (flat key, message): external_id, and with metadata started_at and
    // agent_id. finish() throws the first of them.
    static QList<std::pair<QString, QString>> missingRequired(const Interaction &interaction, bool requireMetadata);

private:
    bool m_mask = true;
};

} // namespace qadesk
