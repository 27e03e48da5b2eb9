#pragma once

#include <QPushButton>
#include <QTimer>

namespace smr::ui {

// A touch button for what cannot be taken back by a tap (ending a walk test early, starting it
// over): the first tap arms it and asks for a second one ("Touch again to confirm"), which must
// come within ArmedMs; otherwise it goes back to rest. No dialog to find and close while standing
// beside a patient, and a brush of the hand does nothing.
class ConfirmButton : public QPushButton
{
    Q_OBJECT

public:
    static constexpr int ArmedMs = 4000;

    ConfirmButton(const QString &text, const QString &armedText, QWidget *parent = nullptr);

    bool isArmed() const { return m_armed; }
    void setTexts(const QString &text, const QString &armedText);
    // Back to rest without confirming.
    void disarm();

signals:
    // The second tap came in time.
    void confirmed();

private:
    void tapped();

    QString m_text;
    QString m_armedText;
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace smr::ui
