#include "core/export/ResultCsv.h"

#include "core/common/Dates.h"
#include "core/export/ScoreCodes.h"
#include "core/instruments/InstrumentCatalog.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>

namespace smr {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList &ResultCsv::columns()
{
    static const QStringList names{
        QStringLiteral("result_id"),
        QStringLiteral("series_id"),
        QStringLiteral("revision"),
        QStringLiteral("correction_reason"),
        QStringLiteral("patient_id"),
        QStringLiteral("ipp"),
        QStringLiteral("sex"),
        QStringLiteral("age_at_test"),
        QStringLiteral("stay_id"),
        QStringLiteral("unit"),
        QStringLiteral("admission_date"),
        QStringLiteral("discharge_date"),
        QStringLiteral("mode"),
        QStringLiteral("programme"),
        QStringLiteral("instrument"),
        QStringLiteral("instrument_version"),
        QStringLiteral("performed_at"),
        QStringLiteral("score_key"),
        QStringLiteral("score"),
        QStringLiteral("score_unit"),
        QStringLiteral("interpretation"),
        QStringLiteral("scores"),
        QStringLiteral("answers"),
        QStringLiteral("entered_by"),
        QStringLiteral("remarks"),
    };
    return names;
}

QString ResultCsv::number(double value)
{
    // QString::number never uses the locale: always a decimal point.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString ResultCsv::interpretation(const QString &instrument, const QJsonObject &scores)
{
    // The category each instrument's reference reads the score into (REFERENCE.md §1–§6).
    const auto text = [&scores](const char *key) { return scores.value(QLatin1String(key)).toString(); };
    const auto flag = [&scores](const char *key) { return scores.value(QLatin1String(key)).toBool(); };
    if (instrument == QLatin1String("tug")) // §1: ≥ 13.5 s, and CDC STEADI's ≥ 12 s
        return flag("fall_risk")          ? QStringLiteral("fall_risk")
               : flag("steadi_fall_risk") ? QStringLiteral("steadi_fall_risk")
                                          : QStringLiteral("none");
    if (instrument == QLatin1String("6mwt")) // §2: the lower limit of normal
        return flag("below_lln") ? QStringLiteral("below_lln") : QStringLiteral("within_normal");
    if (instrument == QLatin1String("berg")) // §3
        return text("risk_band");
    if (instrument == QLatin1String("dallas")) // §4
        return text("profile");
    if (instrument == QLatin1String("odi")) // §5: Fairbank
        return text("band");
    if (instrument == QLatin1String("startback")) // §6
        return text("risk");
    return {};
}

QStringList ResultCsv::values(const ExportRow &row, const InstrumentCatalog &instruments)
{
    const TestResult &r = row.result;
    const Stay &s = row.stay.stay;
    const Patient &p = row.stay.patient;
    QString scoreKey;
    if (const Instrument *instrument = instruments.find(r.instrument))
        scoreKey = instrument->measures().first().key;
    return {
        QString::number(r.id.value),
        QString::number(r.seriesId.value),
        QString::number(r.revision),
        r.correctionReason,
        QString::number(p.id.value),
        p.ipp,
        kSexes.code(p.sex),
        QString::number(p.ageOn(r.performedAt.date())),
        QString::number(s.id.value),
        s.unitCode,
        dates::toIso(s.admissionDate),
        s.dischargeDate.isValid() ? dates::toIso(s.dischargeDate) : QString(),
        kStayModes.code(s.mode),
        s.programme ? kProgrammes.code(*s.programme) : QString(),
        r.instrument,
        r.instrumentVersion,
        r.performedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
        scoreKey,
        r.primaryScore ? number(*r.primaryScore) : QString(),
        scoreKey.isEmpty() ? QString() : ScoreCodes::find(r.instrument, scoreKey).unit,
        interpretation(r.instrument, r.scores),
        compactJson(r.scores),
        compactJson(r.answers),
        r.enteredBy,
        r.remarks,
    };
}

QString ResultCsv::field(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            QString quoted = value;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return value;
}

bool ResultCsv::put(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(values.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_out.write(bytes) == bytes.size();
}

bool ResultCsv::begin(bool byteOrderMark)
{
    if (byteOrderMark && m_out.write("\xEF\xBB\xBF", 3) != 3)
        return false;
    return put(columns());
}

bool ResultCsv::write(const ExportRow &row)
{
    return put(values(row, m_instruments));
}

QString ResultCsv::error() const
{
    return m_out.errorString();
}

} // namespace smr
