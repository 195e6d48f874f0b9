// Data → Artists and aliases…: every artist with the spellings that resolve to it, and a form to
// point a spelling at another artist (merging two) or at a new one (splitting one off).
#pragma once

#include "domain/dashboarddata.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bedrot {

class ArtistAliasModel;

class AliasDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasDialog)

public:
    // Named "alias-dialog".
    explicit AliasDialog(QWidget* parent = nullptr);

    ArtistAliasModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The last result shown ("“X” now points at Y.", or the error), and whether it was an error.
    QString resultText() const;
    bool resultIsError() const { return m_resultIsError; }
    bool isWaiting() const { return !m_pendingAlias.isEmpty(); }

public Q_SLOTS:
    // The artists of the latest answer.
    void setArtists(const QList<bedrot::ArtistAliases>& artists);
    // Asks for `alias` to resolve to `artist` (created when new). The owner passes it on to the
    // workspace and reports back through showResult().
    void requestAlias(const QString& alias, const QString& artist);
    void showResult(const QString& alias, const QString& artist, const QString& error);
    // Another workspace: a request in flight will never be answered.
    void forgetRequest();

Q_SIGNALS:
    void aliasRequested(const QString& alias, const QString& artist);

private:
    void onSelectionChanged();
    void onFormEdited();
    void apply();
    void setResult(const QString& text, bool error);

    ArtistAliasModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_alias = nullptr;
    QComboBox* m_artist = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_result = nullptr;
    QString m_pendingAlias; // asked for and not answered yet: one request at a time
    bool m_resultIsError = false;
};

} // namespace bedrot
