#include "CliCommands.h"
#include "storage/PeopleStore.h"
#include "Error.h"
#include "domain/Permissions.h"
#include "improvement/RectificationService.h"
#include "scoring/ScoreCalculator.h"
#include "storage/Connection.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionReader.h"
#include "storage/RubricStore.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

// evaluate --interaction EXTERNAL_ID --scores LIST --as LOGIN [--comment TEXT]: scores and submits an evaluation with
// the current rubric, as the workspace's Submit does (scripts, tests of what follows a submission).
int evaluate(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "evaluate --interaction EXTERNAL_ID --scores LIST --as LOGIN [--comment TEXT]\n"
        "Scores an interaction with the current rubric and submits the evaluation (the inspector is --as). Prints the "
        "evaluation's id, score and grade."));
    parser.addHelpOption();
    const QCommandLineOption interactionOption(QStringLiteral("interaction"), QStringLiteral("The interaction."),
                                               QStringLiteral("EXTERNAL_ID"));
    const QCommandLineOption scoresOption(
        QStringLiteral("scores"), QStringLiteral("Comma-separated levels 1-5 in rubric order; NA for not applicable."),
        QStringLiteral("LIST"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("The inspector (required)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), QStringLiteral("Overall comment."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({interactionOption, scoresOption, asOption, commentOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.isSet(interactionOption) || !parser.isSet(scoresOption) || !parser.isSet(asOption)) {
        return usageError(QStringLiteral("usage: evaluate --interaction EXTERNAL_ID --scores LIST --as LOGIN"));
    }
    const QStringList tokens = parser.value(scoresOption).split(QLatin1Char(','));
    QList<DimensionInput> inputs;
    for (const QString &token : tokens) {
        DimensionInput input;
        const QString text = token.trimmed();
        bool ok = false;
        const int level = text.toInt(&ok);
        if (text.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0) {
            input.notApplicable = true;
        } else if (ok && level >= 1 && level <= 5) {
            input.score = level;
        } else {
            return usageError(QStringLiteral("--scores: '%1' is not a level; use 1 to 5 or NA").arg(text.left(20)));
        }
        inputs << input;
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        const Person inspector = PeopleStore(connection).requireActive(parser.value(asOption));
        if (!allows(inspector.role, Action::ScoreInteractions)) {
            return rejected(QStringLiteral("%1 may not score interactions").arg(inspector.login));
        }
        const qint64 interactionId = InteractionReader(connection).idOf(parser.value(interactionOption));
        if (interactionId == 0) {
            return rejected(QStringLiteral("there is no interaction %1").arg(parser.value(interactionOption)));
        }
        RubricStore rubrics(connection);
        int versionId = rubrics.currentVersionId(rubrics.current().key);
        if (versionId == 0) {
            versionId = rubrics.ensureDefault();
        }
        const Rubric rubric = rubrics.load(versionId);
        if (inputs.size() != rubric.dimensions.size()) {
            return usageError(QStringLiteral("--scores: %1 values for %2 dimensions").arg(inputs.size()).arg(rubric.dimensions.size()));
        }
        const ScoreResult result = ScoreCalculator::compute(rubric, inputs, false);
        EvaluationStore store(connection);
        Evaluation evaluation = store.load(store.createDraft(interactionId, versionId, inspector.login));
        evaluation.dimensions.clear();
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            DimensionEvaluation d;
            d.key = rubric.dimensions.at(i).key;
            d.score = inputs.at(i).score;
            d.notApplicable = inputs.at(i).notApplicable;
            evaluation.dimensions << d;
        }
        evaluation.overallComment = parser.value(commentOption);
        evaluation.score = result.score;
        evaluation.gradeKey = result.gradeKey;
        store.submit(evaluation);
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("evaluation"), evaluation.id},
            {QStringLiteral("interaction"), parser.value(interactionOption)},
            {QStringLiteral("score"), result.score ? QJsonValue(*result.score) : QJsonValue()},
            {QStringLiteral("grade_key"), result.gradeKey}}));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration("evaluate", "evaluate --interaction ID --scores LIST --as LOGIN: score and submit",
                                       evaluate);

} // namespace
} // namespace qadesk::cli
