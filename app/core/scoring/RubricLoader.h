#pragma once

#include "domain/Rubric.h"

#include <QByteArray>
#include <QString>

namespace qadesk {

// Reads and writes rubrics in the "qadesk.rubric.v1" JSON format and enforces the rules every rubric
// must keep (at least one dimension, positive weights, five described levels, unique keys, grade
// bands that give every score a grade). Errors are qadesk::Error naming the source and the field.
//
// Format: {"format": "qadesk.rubric.v1", "key": "default", "name": {"zh": …, "en": …},
//   "dimensions": [{"key", "name", "weight", "levels": [{"level": 1..5, "name", "description"}]}],
//   "checklist": [{"key", "name", "description"}], "critical_items": [{"key", "name"}],
//   "grade_bands": [{"key", "name", "min_score"}]}
// where every name and description is a {"zh": …, "en": …} object.
class RubricLoader final
{
public:
    static Rubric fromJson(const QByteArray &json, const QString &sourceName);
    static Rubric fromFile(const QString &path);
    // The rubric shipped as :/rubric/default.json, parsed once.
    static Rubric defaultRubric();
    static QByteArray toJson(const Rubric &rubric);

    // Puts levels in ascending and grade bands in descending order, as the rest of the program expects.
    static void normalize(Rubric &rubric);
    // Throws when a normalized rubric breaks a rule; sourceName starts the message.
    static void validate(const Rubric &rubric, const QString &sourceName);

    static bool isValidKey(const QString &key);
};

} // namespace qadesk
