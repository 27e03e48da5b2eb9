#pragma once

// A meeting slide's data written by hand (issue #7, "Projection mode"): a low-back-pain patient
// on day 12 of 28 of a spine restoration programme, reviewed on 22/11/2026 (TestStore's day), the
// previous meeting on 15/11/2026. Values follow the clinical reference: ODI's MCID 10 points
// (Ostelo 2008, §5), the 6-minute walk's 30 m, cardiorespiratory only (§2), Dallas without MCID
// (§4), STarT Back read at admission (§6). The wording is the French the core would give.

#include "core/meetings/MeetingView.h"
#include "support/ChartFixtures.h"
#include "ui/meeting/MeetingSlide.h"

#include <QJsonObject>

#include <cmath>

#include <optional>

namespace smr::test::slides {

using charts::at;

inline const QDate kMeetingDay(2026, 11, 22);
inline const QDate kPreviousMeeting(2026, 11, 15);
inline const QDate kAdmission(2026, 11, 11);
inline const QDate kPlannedDischarge(2026, 12, 8);
inline const StayId kStay{42};

inline Patient patient()
{
    Patient p;
    p.id = PatientId(7);
    p.ipp = QStringLiteral("IPP004217");
    p.nir = QStringLiteral("264037511204523");
    p.birthName = QStringLiteral("DUPONT");
    p.firstNames = QStringLiteral("Marie");
    p.birthDate = QDate(1964, 3, 12);
    p.sex = Sex::Female;
    return p;
}

inline Stay stay()
{
    Stay s;
    s.id = kStay;
    s.patientId = PatientId(7);
    s.unitCode = QStringLiteral("rachis");
    s.mode = StayMode::DayHospital;
    s.status = StayStatus::Active;
    s.admissionDate = kAdmission;
    s.plannedDischargeDate = kPlannedDischarge;
    s.programme = Programme::SpineRestoration;
    return s;
}

inline Measure measure(const QString &key, const QString &label, const QString &unit, Measure::Direction direction,
                       double max, int decimals)
{
    return Measure{key, label, unit, direction, 0, max, decimals};
}

inline Measure odiMeasure()
{
    return measure(QStringLiteral("percent"), QStringLiteral("Incapacité"), QStringLiteral("%"),
                   Measure::Direction::LowerIsBetter, 100, 1);
}
inline Measure walkMeasure()
{
    return measure(QStringLiteral("distance_m"), QStringLiteral("Distance"), QStringLiteral("m"),
                   Measure::Direction::HigherIsBetter, 1500, 0);
}
inline Measure dallasMeasure()
{
    return measure(QStringLiteral("daily_activities"), QStringLiteral("Activités quotidiennes"), QStringLiteral("%"),
                   Measure::Direction::LowerIsBetter, 100, 0);
}

inline ChangeThreshold odiMcid()
{
    return {ChangeThreshold::Kind::Mcid, 10, QStringLiteral("MCID 10 points ou 30 % (Ostelo 2008)"), {}};
}
inline ChangeThreshold walkMcid()
{
    return {ChangeThreshold::Kind::Mcid, 30,
            QStringLiteral("MCID 30 m, cliniquement importante en pathologie cardiorespiratoire seulement"),
            QStringLiteral("MCID cardiorespiratoire")};
}

// The change from `from` to `to`, its trend by the measure's direction, and whether it reaches
// `threshold` (ChangeAnalysis::compare's rules).
inline MeasureChange change(const Measure &m, double from, double to,
                            const std::optional<ChangeThreshold> &threshold = std::nullopt)
{
    MeasureChange c;
    c.measure = m;
    c.from = from;
    c.to = to;
    c.difference = to - from;
    if (c.difference == 0)
        c.trend = MeasureChange::Trend::Unchanged;
    else if ((c.difference > 0) == (m.direction == Measure::Direction::HigherIsBetter))
        c.trend = MeasureChange::Trend::Better;
    else
        c.trend = MeasureChange::Trend::Worse;
    c.threshold = threshold;
    if (threshold)
        c.beyondThreshold = std::abs(c.difference) >= threshold->value;
    return c;
}

inline TestResult result(const QString &instrument, const QDateTime &when, double primary)
{
    TestResult r;
    r.id = ResultId(qint64(when.date().day()) * 10 + instrument.size());
    r.stayId = kStay;
    r.instrument = instrument;
    r.status = TestResult::Status::Final;
    r.performedAt = when;
    r.primaryScore = primary;
    r.enteredBy = QStringLiteral("MARTIN Claire");
    return r;
}

inline InstrumentCard card(const QString &instrument, const QString &title, int count, const TestResult &latest,
                           const QString &value, std::optional<MeasureChange> sinceAdmission = std::nullopt,
                           std::optional<MeasureChange> sincePrevious = std::nullopt)
{
    InstrumentCard c;
    c.instrument = instrument;
    c.title = title;
    c.resultCount = count;
    c.latest = latest;
    c.assessment.value = value;
    c.sinceAdmission = sinceAdmission;
    c.sincePrevious = sincePrevious;
    return c;
}

inline ChangeSinceMeeting since(const InstrumentCard &card, int testsTaken, const std::optional<MeasureChange> &c)
{
    ChangeSinceMeeting s;
    s.instrument = card.instrument;
    s.title = card.title;
    s.testsTaken = testsTaken;
    s.latest = *card.latest;
    s.assessment = card.assessment;
    s.change = c;
    return s;
}

inline MeetingDecision decision(DecisionKind kind, const QString &text, const QDate &date = {},
                                std::optional<Programme> programme = std::nullopt)
{
    MeetingDecision d;
    d.kind = kind;
    d.stay = kStay;
    d.text = text;
    d.date = date;
    d.programme = programme;
    d.author = QStringLiteral("Dr LEROY Anne");
    return d;
}

inline MeetingAction action(qint64 id, const QString &what, const QString &owner, const QDate &due,
                            const QDate &doneOn = {})
{
    MeetingAction a;
    a.id = ActionId(id);
    a.stay = kStay;
    a.raisedOn = kPreviousMeeting;
    a.what = what;
    a.owner = owner;
    a.due = due;
    a.doneOn = doneOn;
    return a;
}

// The patient's entry: four tests of the stay, three retaken since the previous meeting (the
// walk twice; ODI and the walk beyond their MCID since admission), STarT Back at admission only.
inline MeetingEntryView entry()
{
    MeetingEntryView e;
    e.item.entry.stay = kStay;
    e.item.entry.position = 2;
    e.item.stay = stay();
    e.item.patient = patient();
    e.item.age = 62;
    e.item.day = 12;
    e.item.length = 28;
    e.item.section = AgendaSection::Ongoing;
    e.windowStart = kPreviousMeeting;

    const InstrumentCard walk =
        card(QStringLiteral("6mwt"), QStringLiteral("TM6"), 3, result(QStringLiteral("6mwt"), at(2026, 11, 20), 372),
             QStringLiteral("372 m · 75 % de la valeur prédite"), change(walkMeasure(), 310, 372, walkMcid()),
             change(walkMeasure(), 345, 372, walkMcid()));
    const InstrumentCard dallas = card(
        QStringLiteral("dallas"), QStringLiteral("Dallas"), 2, result(QStringLiteral("dallas"), at(2026, 11, 19), 42),
        QStringLiteral("AQ 42 % · TL 55 % · AD 30 % · IS 30 %"), change(dallasMeasure(), 66, 42));
    const InstrumentCard odi =
        card(QStringLiteral("odi"), QStringLiteral("ODI"), 2, result(QStringLiteral("odi"), at(2026, 11, 20, 11), 30),
             QStringLiteral("30,0 %"), change(odiMeasure(), 46, 30, odiMcid()));
    const InstrumentCard startBack =
        card(QStringLiteral("startback"), QStringLiteral("STarT Back"), 1,
             result(QStringLiteral("startback"), at(2026, 11, 11), 7), QStringLiteral("7/9, psychosocial 4/5"));
    e.cards = {walk, dallas, odi, startBack};
    e.changes = {since(walk, 2, change(walkMeasure(), 310, 372, walkMcid())), since(dallas, 1, *dallas.sinceAdmission),
                 since(odi, 1, *odi.sinceAdmission)};

    e.goalCounts.met = 2;
    e.goalCounts.onTrack = 1;
    e.goalCounts.offTrack = 1;

    e.previousDecisions = {decision(DecisionKind::AdjustProgramme, QStringLiteral("balnéothérapie 2×/semaine"), {},
                                    Programme::SpineRestoration),
                           decision(DecisionKind::Refer, QStringLiteral("médecin du travail (pré-reprise)"))};
    e.decisions = {decision(DecisionKind::Continue, QStringLiteral("préparer un temps partiel thérapeutique"))};
    e.actions = {action(1, QStringLiteral("Contacter le médecin du travail"), QStringLiteral("social_work"),
                        QDate(2026, 11, 27)),
                 action(2, QStringLiteral("Bilan ergonomique du poste"), QStringLiteral("occupational_therapy"),
                        QDate(2026, 11, 19)),
                 action(3, QStringLiteral("Radiographies dynamiques du rachis"), QStringLiteral("medicine"),
                        QDate(2026, 11, 18), QDate(2026, 11, 18))};
    return e;
}

// A chart of ChartFixtures moved onto this stay: its points replaced, the stay's span and time axis
// those of 11/11 → 08/12, the MCID band (if any) starting at the admission's result.
inline ProgressChart onThisStay(ProgressChart chart, std::initializer_list<charts::P> points)
{
    chart.series = {charts::series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kStay, points)};
    chart.stays = {{kStay, kAdmission, kPlannedDischarge, true, QStringLiteral("Séjour du 11/11/2026 au 08/12/2026")}};
    chart.xMin = at(2026, 11, 10, 0);
    chart.xMax = at(2026, 12, 9, 0);
    for (ValueBand &band : chart.bands) {
        if (band.kind == ValueBand::Kind::ChangeThreshold)
            band.start = chart.series.first().points.first().at;
    }
    return chart;
}

// The stay's charts (as ProgressService::stayCharts gives them), in the catalog's order.
inline QList<ProgressChart> stayCharts()
{
    ProgressChart walk = onThisStay(charts::sixMinuteWalk(), {{at(2026, 11, 12), 310, QStringLiteral("310")},
                                                              {at(2026, 11, 16), 345, QStringLiteral("345")},
                                                              {at(2026, 11, 20), 372, QStringLiteral("372")}});
    ProgressChart odi = onThisStay(charts::oswestry(), {{at(2026, 11, 11), 46.0, QStringLiteral("46,0")},
                                                        {at(2026, 11, 20, 11), 30.0, QStringLiteral("30,0")}});
    odi.instrument = QStringLiteral("odi");
    ProgressChart startBack = onThisStay(charts::startBack(), {{at(2026, 11, 11), 7, QStringLiteral("7")}});
    // Dallas at admission and on 19/11, each dimension keeping ChartFixtures' first and last values.
    ProgressChart dallas = charts::dallasDimensions();
    for (ChartSeries &s : dallas.series) {
        s.points = {s.points.first(), s.points.last()};
        s.points[0].at = at(2026, 11, 11);
        s.points[1].at = at(2026, 11, 19);
    }
    dallas.stays = onThisStay(charts::startBack(), {{at(2026, 11, 11), 7, {}}}).stays;
    dallas.xMin = at(2026, 11, 10, 0);
    dallas.xMax = at(2026, 12, 9, 0);
    return {walk, dallas, odi, startBack};
}

// The third of twelve slides of the meeting of 22/11/2026, with the charts SlideCharts chose.
inline ui::MeetingSlide slide(const QList<ProgressChart> &chosen)
{
    ui::MeetingSlide s;
    s.entry = entry();
    s.charts = chosen;
    s.index = 2;
    s.count = 12;
    s.meetingDate = kMeetingDay;
    s.unitName = QStringLiteral("Unité Rachis");
    return s;
}

} // namespace smr::test::slides
