#include "AppIdentity.h"
#include "CliCommands.h"
#include "Translations.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

int main(int argc, char *argv[])
{
    // Reports render through QtGui; on a machine without a display use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Recordings other than WAV are decoded with Qt Multimedia's FFmpeg backend here: Qt 6.4's GStreamer decoder
    // refuses the planar output of MP3 decoders ("Internal data stream error"). qadesk-cli never plays audio;
    // docs/recordings.md. The FFmpeg plugin's own debug lines stay out of stderr.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    }
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qputenv("QT_LOGGING_RULES", "default.debug=false");
    }
    qadesk::prepareRuntimeEnvironment();
    QGuiApplication app(argc, argv);
    qadesk::setApplicationIdentity();
    // Diagnostics in the system's language; a document's words follow its --lang (DocumentLanguage).
    qadesk::Translations::install(qadesk::prefersChinese(QLocale::system()));
    return qadesk::cli::run(QCoreApplication::arguments());
}
