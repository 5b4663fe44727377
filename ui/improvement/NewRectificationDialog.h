#pragma once

#include "ImprovementContext.h"
#include "domain/Rectification.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace qadesk {

// Raising a rectification item: the agent (fixed when it comes from an evaluation or a finding), the dimension,
// due date, required action and how many of the agent's next interactions verify it.
class NewRectificationDialog final : public QDialog
{
    Q_OBJECT

public:
    NewRectificationDialog(const ImprovementContext &context, QWidget *parent = nullptr);

    // Prefill from an evaluation (its agent, the dimension in focus) or a dashboard finding (JSON).
    void setSource(const QString &agentCode, const QString &dimensionKey, qint64 evaluationId, const QString &finding);
    NewRectification item() const;

private:
    void validate();

    QComboBox *m_agent = nullptr;
    QComboBox *m_dimension = nullptr;
    QLabel *m_source = nullptr;
    QDateEdit *m_due = nullptr;
    QSpinBox *m_checks = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_verifier = nullptr;
    QPlainTextEdit *m_action = nullptr;
    QPushButton *m_ok = nullptr;
    qint64 m_evaluationId = 0;
    QString m_finding;
};

} // namespace qadesk
