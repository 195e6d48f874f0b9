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
    // `message` is the writer's rejection (it names the kind of export); `artists` the known ones.
    // Named "artist-choice-dialog".
    explicit ArtistChoiceDialog(const QString& path, const QString& message, const QStringList& artists, QWidget* parent = nullptr);

    // The chosen or typed name, trimmed.
    QString artist() const;
    void setArtist(const QString& name);
    // "a Spotify for Artists audience timeline" from the writer's message, or empty.
    static QString exportKind(const QString& message);

private:
    void onTextChanged();

    QComboBox* m_artist = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace bedrot
