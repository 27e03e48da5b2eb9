#pragma once

#include "ui/results/EntryForm.h"

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace smr::ui {

class TouchChoiceGroup;
class TouchFieldPad;
class TouchWalkPage;
class WalkClock;

// The six-minute walk test on the gym's tablet (issue #8; clinical reference §2), in three pages
// chosen by large tabs: before (the patient's sex, age, height and weight from the record, the
// track length, the walking aid, the measures at rest), the walk (TouchWalkPage: the countdown,
// the sentence to say, the patient's stops, the lap button) and after (the partial last length,
// the measures after, the reason for an early stop, the symptoms). Numbers are typed on the
// keypad. Every tap that changes an answer says so at once (answersChanged) so that the host
// saves a draft; progress() holds the countdown's start by the wall clock and the patient's
// current stop, so that a killed application resumes the walk where it really is.
//
// The answers are WalkForm's: the same keys and values (the distance computed as lengths × track
// + partial length unless a distance is typed; stops and their seconds counted by the stop
// button; "Stopped at m:ss — reason" for an early stop).
class TouchWalkForm : public EntryForm
{
    Q_OBJECT

public:
    enum Page { Before, Walk, After };

    TouchWalkForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);

    QJsonObject answers() const override;
    void setAnswers(const QJsonObject &answers) override;
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;
    bool isTiming() const override;
    QJsonObject progress() const override;
    void setProgress(const QJsonObject &progress) override;

    // Lengths × track length + partial length, when there are lengths or a partial length.
    std::optional<double> computedDistance() const;
    Page page() const;
    void showPage(Page page);

private:
    QWidget *buildBefore();
    QWidget *buildAfter();
    void connectClock();
    void addLaps(int delta);
    void addToNumber(const QString &key, double delta);
    void fillStopsIfEmpty();
    void startOver();
    void prefillPatient();
    void refresh();
    void changed();
    QString earlyStopText() const;

    WalkClock *m_clock = nullptr;
    TouchWalkPage *m_walk = nullptr;
    TouchFieldPad *m_before = nullptr;
    TouchFieldPad *m_after = nullptr;
    TouchChoiceGroup *m_sex = nullptr;
    TouchChoiceGroup *m_aid = nullptr;
    TouchChoiceGroup *m_reason = nullptr;
    TouchChoiceGroup *m_symptoms = nullptr;
    QWidget *m_reasonSection = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QPushButton *> m_tabs;
    std::optional<qint64> m_laps;
    QString m_keptReason;       // a reason typed at a workstation, kept as it is
    QStringList m_keptSymptoms; // symptoms typed at a workstation, kept before those tapped
};

} // namespace smr::ui
