#pragma once

class QApplication;

namespace qadesk {

// Parses the command line (--db), installs the translator, opens the database and shows the main window.
int runApplication(QApplication &app);

} // namespace qadesk
