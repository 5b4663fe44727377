#include "CliCommands.h"
#include "Error.h"
#include "scoring/RubricLoader.h"
#include "scoring/ScoreCalculator.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

// One token of --scores: a level 1..5 or NA. Returns false on anything else.
bool parseScore(const QString &token, DimensionInput &input)
{
    const QString text = token.trimmed();
    if (text.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0) {
        input.notApplicable = true;
        return true;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 5) {
        return false;
    }
    input.score = value;
    return true;
}

QString dimensionKeys(const Rubric &rubric)
{
    QStringList keys;
    for (const RubricDimension &dimension : rubric.dimensions) {
        keys << dimension.key;
    }
    return keys.join(QStringLiteral(", "));
}

int score(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Computes the weighted score of one set of dimension scores (no database needed)."));
    parser.addHelpOption();
    const QCommandLineOption scoresOption(
        QStringLiteral("scores"), QStringLiteral("Comma-separated scores 1-5 in rubric order; NA for not applicable."),
        QStringLiteral("LIST"));
    const QCommandLineOption rubricOption(QStringLiteral("rubric"),
                                          QStringLiteral("Rubric JSON file (qadesk.rubric.v1), or 'default'."),
                                          QStringLiteral("FILE"), QStringLiteral("default"));
    const QCommandLineOption criticalOption(QStringLiteral("critical-failed"),
                                            QStringLiteral("A critical item failed: the score is 0."));
    parser.addOptions({scoresOption, rubricOption, criticalOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("score takes no positional arguments (got '%1')")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    if (!parser.isSet(scoresOption)) {
        return usageError(QStringLiteral("score needs --scores LIST, e.g. --scores 5,4,3,4,5,3"));
    }

    const QStringList tokens = parser.value(scoresOption).split(QLatin1Char(','));
    QList<DimensionInput> inputs(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!parseScore(tokens.at(i), inputs[i])) {
            return usageError(QStringLiteral("--scores: '%1' (position %2) is not a score; use 1 to 5 or NA")
                                  .arg(tokens.at(i).trimmed())
                                  .arg(i + 1));
        }
    }

    Rubric rubric;
    try {
        const QString rubricFile = parser.value(rubricOption);
        rubric =
            rubricFile == QLatin1String("default") ? RubricLoader::defaultRubric() : RubricLoader::fromFile(rubricFile);
    } catch (const Error &error) {
        return failure(error);
    }
    if (inputs.size() != rubric.dimensions.size()) {
        return usageError(QStringLiteral("--scores: expected %1 scores (%2), got %3")
                              .arg(rubric.dimensions.size())
                              .arg(dimensionKeys(rubric))
                              .arg(inputs.size()));
    }

    const ScoreResult result = ScoreCalculator::compute(rubric, inputs, parser.isSet(criticalOption));
    QJsonObject output;
    if (result.score) {
        output.insert(QStringLiteral("score"), *result.score);
        output.insert(QStringLiteral("score_exact"), *result.exactScore);
        output.insert(QStringLiteral("grade"), result.gradeZh);
        output.insert(QStringLiteral("grade_key"), result.gradeKey);
    } else {
        output.insert(QStringLiteral("score"), QJsonValue::Null);
        output.insert(QStringLiteral("score_exact"), QJsonValue::Null);
        output.insert(QStringLiteral("grade"), QJsonValue::Null);
        output.insert(QStringLiteral("grade_key"), QJsonValue::Null);
    }
    printJson(QJsonDocument(output));
    return Success;
}

const CommandRegistration registration("score", "weighted score of one set of dimension scores", score);

} // namespace
} // namespace qadesk::cli
