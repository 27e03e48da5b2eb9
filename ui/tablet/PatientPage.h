#pragma once

#include "core/common/Ids.h"
#include "core/meetings/MeetingView.h"
#include "core/overview/StayOverview.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace smr {
class Store;
}

namespace smr::ui {

class ResultTile;

// One patient at the gym side, readable at arm's length (issue #8): who and where in the stay, the
// precautions of the admission assessment first (heart-rate limit, weight-bearing, brace, lifting,
// fall risk), large tiles for the tests (a draft in progress says so and resumes), then the goals
// still to reach with the week's reviews, the latest results with small charts of the stay, and
// what the last weekly meeting decided. Two columns in landscape, one in portrait.
class PatientPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientPage(Store &store, QWidget *parent = nullptr);

    // Reads the stay's dossier again; false (and a message on the page) when it cannot be read.
    bool show(PatientId patient, StayId stay);
    void refresh();
    void setPortrait(bool portrait);

    PatientId patientId() const { return m_patient.id; }
    StayId stayId() const { return m_stay.id; }
    const Patient &patient() const { return m_patient; }
    const Stay &stay() const { return m_stay; }
    // The latest draft of `instrument` in the stay, to resume.
    std::optional<TestResult> draftOf(const QString &instrument) const;

    QString precautionsText() const;
    QPushButton *testTile(const QString &instrument) const { return m_testTiles.value(instrument); }
    QList<ResultTile *> resultTiles() const { return m_resultTiles; }
    QStringList goalTexts() const;
    QStringList meetingTexts() const;

signals:
    void testChosen(const QString &instrument);

private:
    QWidget *section(const QString &title, const QString &name, QVBoxLayout **body);
    void fillTests(const StayOverview &overview, bool canRecord);
    void fillGoals(const StayOverview &overview);
    void fillResults(const StayOverview &overview);
    void fillMeeting(const std::optional<StayMeetingNews> &news);
    void relayout();
    static void clear(QVBoxLayout *layout);
    QLabel *line(const QString &text, QVBoxLayout *into, const QString &name, const QString &role = {});

    Store &m_store;
    Patient m_patient;
    Stay m_stay;
    QList<TestResult> m_drafts;
    bool m_portrait = false;
    QLabel *m_facts;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QLabel *m_precautions;
    QLabel *m_alerts;
    QGridLayout *m_testGrid;
    QHash<QString, QPushButton *> m_testTiles;
    QList<QPushButton *> m_testOrder; // the catalog's order
    QGridLayout *m_columns;
    QWidget *m_goalsSection;
    QWidget *m_resultsSection;
    QWidget *m_meetingSection;
    QVBoxLayout *m_goals = nullptr;
    QVBoxLayout *m_results = nullptr;
    QVBoxLayout *m_meeting = nullptr;
    QList<ResultTile *> m_resultTiles;
};

} // namespace smr::ui
