// "Whose export is this?": asked when a Spotify for Artists or TikTok export names no artist and
// its file name names no known one. The answer is any known artist or a new name.
#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace bedrot {

class ArtistChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtistChoiceDialog)

public:
    // `formatTitle` names the kind of export (ImportResult::formatTitle); `artists` the known ones.
    // Named "artist-choice-dialog".
    explicit ArtistChoiceDialog(const QString& path, const QString& formatTitle, const QStringList& artists,
                                QWidget* parent = nullptr);

    // The chosen or typed name, trimmed.
    QString artist() const;
    void setArtist(const QString& name);

private:
    void onTextChanged();

    QComboBox* m_artist = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace bedrot
