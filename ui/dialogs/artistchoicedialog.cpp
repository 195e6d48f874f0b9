// Artist choice: an editable combo of the known artists, "Import" and "Skip".
#include "artistchoicedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bedrot {

ArtistChoiceDialog::ArtistChoiceDialog(const QString& path, const QString& formatTitle,
                                       const QStringList& artists, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("artist-choice-dialog"));
    setWindowTitle(tr("Whose Export Is This?"));
    const QString file = QFileInfo(path).fileName().toHtmlEscaped();
    auto* question = new QLabel(
        (formatTitle.isEmpty()
             ? tr("<b>%1</b> does not say which artist it belongs to.").arg(file)
             : tr("<b>%1</b> is an export of type “%2”, which does not say which artist it belongs to.")
                   .arg(file, formatTitle.toHtmlEscaped())) +
            QStringLiteral("<br><br>") + tr("Choose the artist, or type a new name:"),
        this);
    question->setWordWrap(true);
    question->setToolTip(QDir::toNativeSeparators(path));

    m_artist = new QComboBox(this);
    m_artist->setObjectName(QStringLiteral("artist-choice"));
    m_artist->setEditable(true); // a new artist is one typed name away
    m_artist->setInsertPolicy(QComboBox::NoInsert);
    m_artist->addItems(artists);
    m_artist->setCurrentIndex(artists.size() == 1 ? 0 : -1); // one artist: the likely answer
    m_artist->lineEdit()->setPlaceholderText(tr("Artist name"));
    connect(m_artist, &QComboBox::currentTextChanged, this, &ArtistChoiceDialog::onTextChanged);

    auto* hint =
        new QLabel(tr("Tip: with the artist's name in the file name (\u201cNova Rae timeline.csv\u201d), "
                      "Bedrot does not need to ask."),
                   this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("DialogHint"));

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Skip This File"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_artist);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    onTextChanged();
}

QString ArtistChoiceDialog::artist() const
{
    return m_artist->currentText().trimmed();
}

void ArtistChoiceDialog::setArtist(const QString& name)
{
    m_artist->setEditText(name);
}

void ArtistChoiceDialog::onTextChanged()
{
    m_import->setEnabled(!artist().isEmpty());
}

} // namespace bedrot
