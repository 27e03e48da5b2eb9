#pragma once

#include "core/overview/StayOverview.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace smr::ui {

class InstrumentCardView;

// The top of the dossier's overview, what a physician reads in five seconds: what needs attention
// (alerts, most serious first), where each instrument stands and how it changed, and the care
// plan's goals with their progress.
class StaySummary : public QWidget
{
    Q_OBJECT

public:
    explicit StaySummary(QWidget *parent = nullptr);

    // `canRecord`: the user may enter tests (the cards without a result offer it).
    void show(const StayOverview &overview, bool canRecord);
    // No stay: nothing to summarise.
    void clear();

    QList<QLabel *> alertLabels() const { return m_alertLabels; }
    QList<InstrumentCardView *> cards() const { return m_cards; }
    QList<QLabel *> goalLabels() const { return m_goalLabels; }
    InstrumentCardView *card(const QString &instrument) const;

signals:
    void enterTestRequested(const QString &instrument);

private:
    void layoutCards();
    void resizeEvent(QResizeEvent *event) override;

    QGroupBox *m_alertsBox;
    QVBoxLayout *m_alerts;
    QList<QLabel *> m_alertLabels;
    QGridLayout *m_cardGrid;
    QList<InstrumentCardView *> m_cards;
    QGroupBox *m_goalsBox;
    QVBoxLayout *m_goals;
    QList<QLabel *> m_goalLabels;
    int m_columns = 0;
};

} // namespace smr::ui
