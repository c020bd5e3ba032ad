// SPDX-License-Identifier: MIT
// What the main window keeps between sessions, and the language it speaks.
#include "mainwindow.hpp"

#include "common/view.hpp"
#include "functions/typedstore.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

#include <array>

namespace activa::ui {
namespace {

QTranslator* g_appTranslator = nullptr;
QTranslator* g_qtTranslator = nullptr;
QTranslator* g_pluralTranslator = nullptr;

QString language_setting() {
    return QSettings().value(QStringLiteral("language")).toString();
}

} // namespace

void MainWindow::installEnglishPlurals() {
    if (g_pluralTranslator) return;
    g_pluralTranslator = new QTranslator(qApp);
    if (g_pluralTranslator->load(QStringLiteral(":/i18n/activa_en.qm")))
        QCoreApplication::installTranslator(g_pluralTranslator);
}

bool MainWindow::installLanguage(const QString& code) {
    installEnglishPlurals(); // first, so that any other language comes before it
    if (!g_appTranslator) {
        g_appTranslator = new QTranslator(qApp);
        g_qtTranslator = new QTranslator(qApp);
    }
    QCoreApplication::removeTranslator(g_appTranslator);
    QCoreApplication::removeTranslator(g_qtTranslator);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Widgets keep the locale they were made with; windows hand the new one down to theirs, and
    // spin boxes write their numbers anew.
    for (QWidget* w : QApplication::topLevelWidgets())
        w->setLocale(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return true;
    const bool ok = g_appTranslator->load(locale, QStringLiteral("activa"), QStringLiteral("_"),
                                          QStringLiteral(":/i18n"));
    if (ok) QCoreApplication::installTranslator(g_appTranslator);
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    if (g_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator);
    return ok;
}

void MainWindow::buildLanguageMenu() {
    QMenu* language = menuBar()->addMenu(tr("Lang&uage"));
    auto* group = new QActionGroup(language);
    const QString current = language_setting();
    const std::array<std::pair<QString, QString>, 3> languages{{
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    }};
    for (const auto& [code, name] : languages) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setStatusTip(tr("Show Activa in this language"));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void MainWindow::setLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("language"), code);
    // Every widget receives QEvent::LanguageChange and retranslates in place, keeping what the
    // user was looking at: zoom, splitter sizes, selection, the wizard's step.
    installLanguage(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // now, not later
}

void MainWindow::saveSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    s.setValue(QStringLiteral("window/lastDir"), m_lastDir);
    save_typed_functions(s);
    for (const View* v : m_views)
        v->saveSettings(s);
    s.sync();
}

void MainWindow::restoreSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1480, 900);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    // The user's functions first: the views' saved states name them.
    if (const QStringList skipped = load_typed_functions(s); !skipped.isEmpty())
        statusBar()->showMessage(
            tr("Some saved functions could not be defined and were skipped: %1")
                .arg(skipped.join(QStringLiteral("; "))),
            30000);
    for (View* v : m_views)
        v->restoreSettings(s);
    const int tab = s.value(QStringLiteral("window/tab"), 0).toInt();
    m_tabs->setCurrentIndex(tab >= 0 && tab < m_tabs->count() ? tab : 0);
    const QString dir = s.value(QStringLiteral("window/lastDir")).toString();
    if (!dir.isEmpty() && QDir(dir).exists()) m_lastDir = dir;
}

} // namespace activa::ui
