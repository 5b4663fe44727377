#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace qadesk {

class SignaturePad;

// The agent signs for an evaluation: a short statement, the signature drawn on a pad, the typed name and the time.
// OK needs the typed name; the drawn signature is optional (a keyboard-only user types their name).
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT

public:
    AcknowledgeDialog(const QString &summary, const QString &expectedName, QWidget *parent = nullptr);

    QString typedName() const;
    QString signature() const;

private:
    void updateOk();

    SignaturePad *m_pad = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace qadesk
