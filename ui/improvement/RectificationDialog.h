#pragma once

#include "ImprovementContext.h"
#include "domain/Person.h"
#include "domain/Rectification.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qadesk {

class DatabaseWorker;

// One rectification item: its facts, history and verification interactions with their results; the lead edits
// it, and the transitions the person may make are buttons with shortcuts (the others are disabled, saying why).
// Reads and writes go through the page's worker (RectificationService).
class RectificationDialog final : public QDialog
{
    Q_OBJECT

public:
    RectificationDialog(DatabaseWorker &worker, const Person &person, const ImprovementContext &context, qint64 itemId,
                        QWidget *parent = nullptr);

    const RectificationDetail &detail() const { return m_detail; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *reopenButton() const { return m_reopen; }

signals:
    void changed(qint64 itemId);
    void printRequested(const qadesk::RectificationDetail &detail);
    void loaded();

private:
    enum class Step { Start, Submit, Verify, Reopen, Save };
    void load();
    void show(const RectificationDetail &detail);
    void run(Step step);
    void fail(const QString &message);

    DatabaseWorker &m_worker;
    Person m_person;
    ImprovementContext m_context;
    qint64 m_itemId = 0;
    RectificationDetail m_detail;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QDateEdit *m_due = nullptr;
    QSpinBox *m_checks = nullptr;
    QPlainTextEdit *m_action = nullptr;
    QPlainTextEdit *m_history = nullptr;
    QTableWidget *m_evidence = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace qadesk
