#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace smr::ui {

// The first letters of a name, typed by touch: the alphabet as large keys, ⌫ and "Tous". The gym's
// search of a patient without a keyboard (issue #8); a physical keyboard types into it as well.
// Keys are named letter_A … letter_Z, letter_back, letter_all.
class LetterPad : public QWidget
{
    Q_OBJECT

public:
    explicit LetterPad(QWidget *parent = nullptr);

    QString prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix);
    // Columns of keys: 13 (two rows) in landscape, 7 in portrait.
    void setColumns(int columns);

signals:
    void prefixChanged(const QString &prefix);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void press(const QString &key);
    void relayout();

    QGridLayout *m_grid;
    QLabel *m_shown;
    QList<QWidget *> m_keys;
    QString m_prefix;
    int m_columns = 13;
};

} // namespace smr::ui
