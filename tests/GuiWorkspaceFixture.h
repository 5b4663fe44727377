#pragma once
// Set-up shared by the workspace GUI tests: private settings, a fresh database with the fixture
// interactions on the inspector's queue, and the real main window on it.

#include "AppIdentity.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/WorkQueueStore.h"
#include "workspace/WorkspacePage.h"
#include "WorkspaceFixture.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace qadesk::fixture {

inline const QString kInspector = QStringLiteral("质检员甲");

// Settings and data folders inside `dir`, so no test sees the user's (or another test's) files.
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
}

inline void resetSettings()
{
    QSettings().clear();
    AppSettings settings;
    settings.setLanguage(QStringLiteral("en"));
    settings.setInspectorName(kInspector);
    settings.setSilenceThresholdS(10.0);
}

// A database with `count` fixture interactions, all on the inspector's queue.
inline QString makeQueueDatabase(const QTemporaryDir &dir, const QString &name, int count = 6)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    auto db = openDatabase(path);
    const QList<qint64> ids = addInteractions(*db, 0, count);
    WorkQueueStore queue(*db);
    for (const qint64 id : ids) {
        queue.add(kInspector, id);
    }
    return path;
}

inline std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto connection = std::make_unique<Connection>(path);
    Schema::migrate(*connection);
    auto window = std::make_unique<MainWindow>(path, std::move(connection));
    window->resize(1500, 950);
    window->show();
    return window;
}

} // namespace qadesk::fixture
