#include "core/patients/PatientSearch.h"

#include "core/common/Dates.h"
#include "core/common/Text.h"

#include <QRegularExpression>

namespace smr {

QStringList PatientSearch::termsFor(const Patient &p)
{
    QStringList terms;
    auto add = [&terms](const QString &t) {
        if (!t.isEmpty() && !terms.contains(t))
            terms << t;
    };
    for (const QString &name : {p.birthName, p.usedName, p.firstNames}) {
        const QStringList words = text::nameWords(name);
        for (const QString &w : words)
            add(w);
    }
    add(text::fold(p.ipp));
    // The parts of an IPP with punctuation (SMR-0042 -> SMR, 0042, SMR0042): prefixesOf splits
    // a query at punctuation, so the IPP typed whole must be found through its parts.
    const QStringList ippWords = text::nameWords(p.ipp);
    for (const QString &w : ippWords)
        add(w);
    if (p.birthDate.isValid()) {
        add(dates::display(p.birthDate));
        add(dates::toIso(p.birthDate));
    }
    return terms;
}

QStringList PatientSearch::prefixesOf(const QString &query)
{
    QStringList prefixes;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // 22/11, 22/11/1956, 22.11.1956 (a French date, whole or begun)
    static const QRegularExpression frenchDate(QStringLiteral("^\\d{1,2}[/.\\-]\\d{0,2}([/.\\-]\\d{0,4})?$"));
    // 1956-11, 1956-11-22 (an ISO date begun)
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{0,2}(-\\d{0,2})?$"));
    static const QRegularExpression separators(QStringLiteral("[/.\\-]"));

    const QStringList chunks = query.split(space, Qt::SkipEmptyParts);
    for (const QString &chunk : chunks) {
        if (isoDate.match(chunk).hasMatch()) {
            prefixes << chunk;
        } else if (frenchDate.match(chunk).hasMatch()) {
            QStringList parts = chunk.split(separators);
            // A one-digit day or month is padded once it is followed by a separator: 5/3 -> 05/03.
            for (int i = 0; i < parts.size() - 1; ++i) {
                if (parts[i].size() == 1)
                    parts[i].prepend(QLatin1Char('0'));
            }
            prefixes << parts.join(QLatin1Char('/'));
        } else {
            // The separate words of a name typed with punctuation (d'art -> D, ART): each one
            // is the beginning of a stored word.
            static const QRegularExpression nonAlnum(QStringLiteral("[^A-Z0-9]+"));
            const QStringList pieces = text::fold(chunk).split(nonAlnum, Qt::SkipEmptyParts);
            for (const QString &w : pieces) {
                if (!prefixes.contains(w))
                    prefixes << w;
            }
        }
    }
    return prefixes;
}

namespace {

const QString kTermsOf = QStringLiteral("SELECT patient_id FROM patient_search_terms WHERE term >= ? AND term < ?");

} // namespace

QString PatientSearch::upperBoundOf(const QString &prefix)
{
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    return upper;
}

QString PatientSearch::condition(const QString &patientIdColumn, const QStringList &prefixes, QVariantList &binds)
{
    QStringList parts;
    for (const QString &prefix : prefixes) {
        parts << kTermsOf;
        binds << prefix << upperBoundOf(prefix);
    }
    return patientIdColumn + QStringLiteral(" IN (") + parts.join(QStringLiteral(" INTERSECT ")) + QLatin1Char(')');
}

QString PatientSearch::termsMatching(const QStringList &prefixes, QVariantList &binds)
{
    // The longest prefix is the likeliest to be the rarest: its range is the one read.
    qsizetype longest = 0;
    for (qsizetype i = 1; i < prefixes.size(); ++i) {
        if (prefixes.at(i).size() > prefixes.at(longest).size())
            longest = i;
    }
    QString sql = QStringLiteral(" FROM patient_search_terms t WHERE t.term >= ? AND t.term < ?");
    binds << prefixes.at(longest) << upperBoundOf(prefixes.at(longest));
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        if (i == longest)
            continue;
        sql += QStringLiteral(" AND t.patient_id IN (") + kTermsOf + QLatin1Char(')');
        binds << prefixes.at(i) << upperBoundOf(prefixes.at(i));
    }
    return sql;
}

QString PatientSearch::firstInOrder(const QStringList &prefixes, const std::optional<QString> &afterSortKey,
                                    qint64 afterPatientId, int limit, QVariantList &binds)
{
    QString sql = QStringLiteral("SELECT DISTINCT t.sort_key, t.patient_id") + termsMatching(prefixes, binds);
    if (afterSortKey) {
        sql += QStringLiteral(" AND (t.sort_key > ? OR (t.sort_key = ? AND t.patient_id > ?))");
        binds << *afterSortKey << *afterSortKey << afterPatientId;
    }
    return sql + QStringLiteral(" ORDER BY t.sort_key, t.patient_id LIMIT %1").arg(limit);
}

QString PatientSearch::matching(const QStringList &prefixes, QVariantList &binds)
{
    return QStringLiteral("SELECT DISTINCT t.patient_id") + termsMatching(prefixes, binds);
}

QString PatientSearch::sortKeyOf(const Patient &p)
{
    return text::fold(p.birthName).simplified() + QLatin1Char(' ') + text::fold(p.firstNames).simplified();
}

} // namespace smr
