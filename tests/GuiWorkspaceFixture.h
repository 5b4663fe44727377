#pragma once
// Set-up shared by the workspace GUI tests: private settings, a fresh database with the fixture
// interactions on the inspector's queue, and the real main window on it.

#include "AppIdentity.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/WorkQueueStore.h"
#include "workspace/WorkspacePage.h"
#include "WorkspaceFixture.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <QSignalSpy>
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
    // Not QStandardPaths' test mode: its folder (~/.qttest) is one for every test process, and the suites run in
    // parallel: one suite's inspector name or last interaction would leak into another's window.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
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
    {
        Connection connection(path);
        Schema::migrate(connection);
    }
    auto window = std::make_unique<MainWindow>(path);
    window->resize(1500, 950);
    window->show();
    return window;
}

// Opens an interaction in the workspace and waits until it is shown: the page loads it on its service's
// thread. True when it is the open one.
inline bool openAndWait(WorkspacePage *page, qint64 interactionId, int timeoutMs = 15000)
{
    QSignalSpy opened(page, &WorkspacePage::interactionOpened);
    QSignalSpy failed(page, &WorkspacePage::openFailed);
    page->openInteraction(interactionId);
    QDeadlineTimer deadline(timeoutMs);
    while (opened.isEmpty() && failed.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    return page->currentInteraction() == interactionId && page->document() != nullptr;
}

} // namespace qadesk::fixture
