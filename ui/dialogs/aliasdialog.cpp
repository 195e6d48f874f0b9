// Alias editor: a filterable table of artists and aliases over ArtistAliasModel, and a form that
// asks for one alias at a time; the answer comes back asynchronously from the writer thread.
#include "aliasdialog.h"

#include "models/artistaliasmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace bedrot {

AliasDialog::AliasDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("alias-dialog"));
    setWindowTitle(tr("Artists and Aliases"));
    resize(680, 520);

    auto* intro = new QLabel(
        tr("Exports spell artist names in many ways; every spelling is an alias of one artist. "
           "Point an alias at another artist to merge the two, or type a new name to split it off. "
           "Choices are kept in the workspace and survive a rebuild."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("DialogIntro"));

    m_model = new ArtistAliasModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // an artist or an alias

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("alias-filter"));
    m_filter->setPlaceholderText(tr("Filter artists and aliases\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alias-view"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(
        QAbstractItemView::NoEditTriggers); // edits go through the form: they are requests, not cell values
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ArtistAliasModel::AliasColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ArtistAliasModel::ArtistColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AliasDialog::onSelectionChanged);

    m_alias = new QLineEdit(this);
    m_alias->setObjectName(QStringLiteral("alias-edit"));
    m_alias->setPlaceholderText(tr("A spelling, e.g. ZONE A0 (feat. Nova Rae)"));
    m_artist = new QComboBox(this);
    m_artist->setObjectName(QStringLiteral("alias-artist"));
    m_artist->setEditable(true); // a name that is not in the list creates a new artist
    m_artist->setInsertPolicy(QComboBox::NoInsert);
    m_artist->lineEdit()->setPlaceholderText(tr("An artist, or a new name"));
    m_apply = new QPushButton(tr("Point Alias at Artist"), this);
    m_apply->setObjectName(QStringLiteral("alias-apply"));
    connect(m_alias, &QLineEdit::textChanged, this, &AliasDialog::onFormEdited);
    connect(m_artist, &QComboBox::currentTextChanged, this, &AliasDialog::onFormEdited);
    connect(m_apply, &QPushButton::clicked, this, &AliasDialog::apply);
    connect(m_alias, &QLineEdit::returnPressed, this, &AliasDialog::apply);

    auto* form = new QFormLayout;
    form->addRow(tr("A&lias:"), m_alias);
    auto* artistRow = new QHBoxLayout;
    artistRow->addWidget(m_artist, 1);
    artistRow->addWidget(m_apply);
    auto* artistLabel = new QLabel(tr("A&rtist:"), this); // a row of a layout gets no buddy by itself
    artistLabel->setBuddy(m_artist);
    form->addRow(artistLabel, artistRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("alias-result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    onFormEdited();
}

QString AliasDialog::resultText() const
{
    return m_result->text();
}

void AliasDialog::setArtists(const QList<ArtistAliases>& artists)
{
    m_model->setArtists(artists);
    // Keep what the user typed: the list refreshes with every answer, an import may be running.
    const QString typed = m_artist->currentText();
    const QSignalBlocker block(m_artist);
    m_artist->clear();
    m_artist->addItems(m_model->artistNames());
    m_artist->setCurrentIndex(-1);
    m_artist->setEditText(typed);
    onFormEdited();
}

void AliasDialog::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_alias->setText(rows.first().data(ArtistAliasModel::AliasRole).toString());
    m_artist->setEditText(rows.first().data(ArtistAliasModel::ArtistRole).toString());
    m_artist->setFocus();
    m_artist->lineEdit()->selectAll(); // the next keystrokes name the new artist
}

void AliasDialog::onFormEdited()
{
    const QString alias = m_alias->text().trimmed(), artist = m_artist->currentText().trimmed();
    const QString current = m_model->artistOf(alias);
    const bool unchanged = !current.isEmpty() && current.compare(artist, Qt::CaseInsensitive) == 0;
    m_apply->setEnabled(!alias.isEmpty() && !artist.isEmpty() && !unchanged && !isWaiting());
    m_apply->setToolTip(
        unchanged ? tr("\u201c%1\u201d already points at %2.").arg(alias, current)
        : current.isEmpty() && !alias.isEmpty()
            ? tr("A new alias: files spelling the artist \u201c%1\u201d will count for the chosen artist.")
                  .arg(alias)
            : QString());
}

void AliasDialog::apply()
{
    if (m_apply->isEnabled())
        requestAlias(m_alias->text(), m_artist->currentText());
}

void AliasDialog::requestAlias(const QString& alias, const QString& artist)
{
    const QString a = alias.trimmed(), name = artist.trimmed();
    if (a.isEmpty() || name.isEmpty()) {
        setResult(tr("Choose an alias and the artist it belongs to."), true);
        return;
    }
    m_pendingAlias = a;
    setResult(tr("Pointing \u201c%1\u201d at %2\u2026").arg(a, name), false);
    onFormEdited();
    Q_EMIT aliasRequested(a, name);
}

void AliasDialog::showResult(const QString& alias, const QString& artist, const QString& error)
{
    m_pendingAlias.clear();
    if (error.isEmpty())
        setResult(
            tr("\u201c%1\u201d now points at %2. The dashboard is being recomputed.").arg(alias, artist),
            false);
    else
        setResult(tr("Could not point \u201c%1\u201d at %2: %3").arg(alias, artist, error), true);
    onFormEdited();
}

void AliasDialog::forgetRequest()
{
    m_pendingAlias.clear();
    setResult(QString(), false);
    onFormEdited();
}

void AliasDialog::setResult(const QString& text, bool error)
{
    m_resultIsError = error;
    m_result->setText(text);
    m_result->setProperty("tone", error ? QStringLiteral("problem") : QStringLiteral("good"));
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}

} // namespace bedrot
