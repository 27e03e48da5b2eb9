#pragma once

#include "core/overview/StayOverview.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace smr::ui {

// One instrument on the overview: the latest score large, its reading in words (the colour of the
// card's edge repeats it, never alone), when and how many, the change since admission and since the
// previous result with the MCID/MDC mark; without a result, a button to enter one.
class InstrumentCardView : public QFrame
{
    Q_OBJECT

public:
    explicit InstrumentCardView(QWidget *parent = nullptr);

    void show(const InstrumentCard &card, bool canRecord);
    const QString &instrument() const { return m_instrument; }

    QLabel *valueLabel() const { return m_value; }
    QLabel *readingLabel() const { return m_reading; }
    QLabel *changesLabel() const { return m_changes; }

signals:
    void enterTestRequested(const QString &instrument);

private:
    QString m_instrument;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_reading;
    QLabel *m_when;
    QLabel *m_changes;
    QPushButton *m_enter;
};

} // namespace smr::ui
