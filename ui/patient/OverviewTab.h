#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace smr::ui {

// The dossier's first tab: the facts of the stay and of the patient, every stay of the patient,
// and the free-text notes (the one thing edited in place, guarded against being lost).
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void show(const Patient &patient, const std::optional<Stay> &stay, const QList<Stay> &stays,
              const QHash<QString, QString> &unitLabels, const QDate &today);

    QString notes() const;
    bool notesModified() const;
    // After a save or a discard: the text shown becomes the reference again.
    void setNotes(const QString &notes);
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QTreeWidget *staysList() const { return m_stays; }

    // The value shown for a fact ("Unité", "Programme"...), for tests and screen readers.
    QString fact(const QString &key) const;

signals:
    void saveNotesRequested();
    void notesModifiedChanged(bool modified);

private:
    QLabel *addFact(QFormLayout *form, const QString &key, const QString &label);
    void setFact(const QString &key, const QString &value);

    QHash<QString, QLabel *> m_facts;
    QTreeWidget *m_stays;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveNotes;
    QLabel *m_notesState;
    QString m_savedNotes;
};

} // namespace smr::ui
