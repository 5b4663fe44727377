#include "CliCommands.h"
#include "Error.h"
#include "import/CsvReader.h"
#include "import/ImportErrors.h"
#include "stats/KrippendorffAlpha.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>

namespace qadesk::cli {
namespace {

// The dense index of a name, given in the order first seen.
int indexOf(QHash<QString, int> &indices, const QString &name)
{
    const auto it = indices.constFind(name);
    if (it != indices.constEnd()) {
        return *it;
    }
    const int index = int(indices.size());
    indices.insert(name, index);
    return index;
}

// agreement --input FILE.csv --level nominal|ordinal|interval|ratio [--bootstrap N --seed S] (DESIGN §5): Krippendorff's
// alpha of a unit,rater,value table. A bad line is a located rejection (exit 1); so is an alpha that is undefined.
int agreement(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Krippendorff's alpha of a CSV with the header unit,rater,value (one row per value; an empty "
                       "value is missing; units and raters are any text)."));
    parser.addHelpOption();
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("The CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         QStringLiteral("nominal, ordinal, interval or ratio."), QStringLiteral("LEVEL"));
    const QCommandLineOption bootstrapOption(
        QStringLiteral("bootstrap"), QStringLiteral("Also a 95% bootstrap interval from N resamples of the units."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("The bootstrap's seed (default 1)."),
                                        QStringLiteral("S"));
    parser.addOptions({input, levelOption, bootstrapOption, seedOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.isSet(input) || !parser.isSet(levelOption) || !parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("agreement needs --input FILE.csv and --level nominal|ordinal|interval|ratio"));
    }
    const QString levelName = parser.value(levelOption);
    KrippendorffAlpha::Level level = KrippendorffAlpha::Level::Nominal;
    if (levelName == QLatin1String("nominal")) {
        level = KrippendorffAlpha::Level::Nominal;
    } else if (levelName == QLatin1String("ordinal")) {
        level = KrippendorffAlpha::Level::Ordinal;
    } else if (levelName == QLatin1String("interval")) {
        level = KrippendorffAlpha::Level::Interval;
    } else if (levelName == QLatin1String("ratio")) {
        level = KrippendorffAlpha::Level::Ratio;
    } else {
        return usageError(QStringLiteral("--level expects nominal, ordinal, interval or ratio, got '%1'").arg(levelName.left(40)));
    }
    int resamples = 0;
    quint64 seed = 1;
    if (parser.isSet(bootstrapOption)) {
        bool ok = false;
        resamples = parser.value(bootstrapOption).toInt(&ok);
        if (!ok || resamples < 1 || resamples > 1000000) {
            return usageError(QStringLiteral("--bootstrap expects a number of resamples from 1 to 1000000"));
        }
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            return usageError(QStringLiteral("--seed expects a whole number from 0 to 18446744073709551615"));
        }
        if (!parser.isSet(bootstrapOption)) {
            return usageError(QStringLiteral("--seed goes with --bootstrap"));
        }
    }

    const QString path = parser.value(input);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return rejected(QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8.decode(file.readAll());
    if (utf8.hasError()) {
        return rejected(QStringLiteral("%1: not UTF-8 text").arg(path));
    }
    const QString name = QFileInfo(path).fileName();
    const auto at = [&](int line, int column, const QString &message) {
        return rejected(QStringLiteral("%1:%2:%3: error: %4").arg(name).arg(line).arg(column).arg(message));
    };

    KrippendorffAlpha alpha;
    QHash<QString, int> units, raters, categories;
    QList<int> lines, raterColumns;       // of each value added
    QList<QPair<QString, QString>> names; // (unit, rater) of each value added
    try {
        CsvReader reader(text);
        QList<CsvReader::Field> fields;
        if (!reader.next(fields) || fields.size() != 3 || fields.at(0).text.trimmed().toLower() != QLatin1String("unit") ||
            fields.at(1).text.trimmed().toLower() != QLatin1String("rater") ||
            fields.at(2).text.trimmed().toLower() != QLatin1String("value")) {
            return at(1, 1, QStringLiteral("expected the header unit,rater,value"));
        }
        while (reader.next(fields)) {
            const int line = reader.recordLine();
            if (CsvReader::isBlank(fields)) {
                continue;
            }
            if (fields.size() != 3) {
                return at(line, 1, QStringLiteral("expected 3 fields (unit,rater,value), found %1").arg(fields.size()));
            }
            const QString unit = fields.at(0).text.trimmed();
            const QString rater = fields.at(1).text.trimmed();
            const QString value = fields.at(2).text.trimmed();
            if (unit.isEmpty() || rater.isEmpty()) {
                return at(line, unit.isEmpty() ? fields.at(0).column : fields.at(1).column,
                          QStringLiteral("the unit and the rater are required"));
            }
            if (value.isEmpty() || value.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0 || value == QLatin1String(".")) {
                continue; // missing
            }
            const int u = indexOf(units, unit);
            const int r = indexOf(raters, rater);
            double number = 0;
            if (level == KrippendorffAlpha::Level::Nominal) {
                number = indexOf(categories, value);
            } else {
                bool ok = false;
                number = value.toDouble(&ok);
                if (!ok || !std::isfinite(number)) {
                    return at(line, fields.at(2).column,
                              QStringLiteral("value: expected a number at the %1 level, got '%2'")
                                  .arg(levelName, excerpt(value)));
                }
                if (level == KrippendorffAlpha::Level::Ratio && number < 0) {
                    return at(line, fields.at(2).column,
                              QStringLiteral("value: a ratio scale has no negative values, got %1").arg(value));
                }
            }
            lines.append(line);
            raterColumns.append(fields.at(1).column);
            names.append({unit, rater});
            alpha.add(u, r, number);
        }
    } catch (const RecordError &error) {
        return at(error.line(), error.column(), error.message());
    }

    if (const auto twice = alpha.duplicate()) {
        const auto &[unit, rater] = names.at(twice->second);
        return at(lines.at(twice->second), raterColumns.at(twice->second),
                  QStringLiteral("rater '%1' scores unit '%2' twice (lines %3 and %4)")
                      .arg(excerpt(rater), excerpt(unit))
                      .arg(lines.at(twice->first))
                      .arg(lines.at(twice->second)));
    }
    const KrippendorffAlpha::Result result = alpha.compute(level);
    QJsonObject out{{QStringLiteral("alpha"), result.alpha ? QJsonValue(*result.alpha) : QJsonValue()},
                    {QStringLiteral("units"), result.units},
                    {QStringLiteral("raters"), result.raters},
                    {QStringLiteral("values"), result.values},
                    {QStringLiteral("level"), levelName}};
    if (resamples > 0 && result.alpha) {
        if (const auto interval = alpha.bootstrap(level, resamples, seed)) {
            out.insert(QStringLiteral("interval"), QJsonArray{interval->low, interval->high});
            out.insert(QStringLiteral("bootstrap"), QJsonObject{{QStringLiteral("resamples"), resamples},
                                                                {QStringLiteral("seed"), QString::number(seed)}});
        }
    }
    printJson(QJsonDocument(out));
    if (!result.alpha) {
        return rejected(QStringLiteral("%1: %2").arg(name, result.undefinedReason));
    }
    return Success;
}

const CommandRegistration registration("agreement", "Krippendorff's alpha of a unit,rater,value CSV", agreement);

} // namespace
} // namespace qadesk::cli
