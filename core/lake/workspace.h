// The folder a user owns: warehouse file, data lake zones and logs, with their fixed layout.
#pragma once

#include "domain/result.h"

#include <QString>

namespace bedrot {

class Workspace
{
public:
    explicit Workspace(QString root);

    // The default workspace under the user's data location.
    static QString defaultRoot();
    // The demo workspace, beside the default one.
    static QString demoRoot();

    const QString& root() const { return m_root; }
    QString warehousePath() const;
    QString landingDir() const;
    QString rawDir() const;
    QString archiveDir() const;
    QString logsDir() const;
    // Creates every folder.
    Result<void> ensureLayout() const;
    // True when the folder already holds a warehouse.
    bool exists() const;

private:
    QString m_root;
};

} // namespace bedrot
