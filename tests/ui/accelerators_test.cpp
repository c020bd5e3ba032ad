// SPDX-License-Identifier: MIT
// Alt+letter reaches one thing at a time: in both languages, no two accelerators share a letter
// within one menu, one dialog, or one tab together with the menu bar and the tabs' own titles.
#include "children.hpp"
#include "common/exportdialog.hpp"
#include "common/guide.hpp"
#include "language.hpp"
#include "mainwindow.hpp"
#include "wizard/wizardview.hpp"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

using namespace activa::ui;

using activa::ui::test::child;
using activa::ui::test::EnglishAfterwards;

namespace {

// The letter after a single '&' ("&&" is an ampersand), upper-cased; null when there is none.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// The texts of one place, and the clashes among them as readable lines.
class Place {
public:
    explicit Place(QString name)
        : m_name(std::move(name)) {}
    void add(const QString& text) {
        const QChar key = mnemonic(text);
        if (!key.isNull()) m_texts[key].push_back(text);
    }
    std::vector<std::string> clashes() const {
        std::vector<std::string> out;
        for (const auto& [key, texts] : m_texts)
            if (texts.size() > 1)
                out.push_back(QStringLiteral("%1: Alt+%2 in %3")
                                  .arg(m_name, QString(key), texts.join(QStringLiteral(" / ")))
                                  .toStdString());
        return out;
    }

private:
    QString m_name;
    std::map<QChar, QStringList> m_texts;
};

// Whether a widget's accelerator can work while `top` shows: it is shown, or hidden itself
// (a button that appears later) inside a part that is shown. Pages of a stack other than the
// current one are not shown.
bool reachable(const QWidget* w, const QWidget* top) {
    return w->isVisibleTo(top) || (w->parentWidget() && w->parentWidget()->isVisibleTo(top) &&
                                   !qobject_cast<const QStackedWidget*>(w->parentWidget()));
}

// Every accelerator inside a widget: buttons, labels that lead to a field, group boxes, tabs.
void add_widgets(Place& place, const QWidget* top) {
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!reachable(w, top)) continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            place.add(b->text());
        else if (const auto* l = qobject_cast<const QLabel*>(w); l && l->buddy())
            place.add(l->text());
        else if (const auto* g = qobject_cast<const QGroupBox*>(w))
            place.add(g->title());
        else if (const auto* t = qobject_cast<const QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                place.add(t->tabText(i));
    }
}

void add_menu(std::vector<std::string>& clashes, QMenu* menu, const QString& name) {
    Place place(name);
    for (QAction* a : menu->actions()) {
        place.add(a->text());
        if (a->menu()) add_menu(clashes, a->menu(), name + QStringLiteral(" › ") + a->text());
    }
    const auto found = place.clashes();
    clashes.insert(clashes.end(), found.begin(), found.end());
}

// What Alt reaches from anywhere in the window: the menu bar and the tabs' titles.
void add_window(Place& place, MainWindow& w) {
    for (QAction* a : w.menuBar()->actions())
        place.add(a->text());
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int i = 0; i < tabs->count(); ++i)
        place.add(tabs->tabText(i));
}

void add_tab(std::vector<std::string>& clashes, MainWindow& w, const QString& name) {
    Place place(name);
    add_window(place, w);
    add_widgets(place, child<QTabWidget>(w, "viewTabs")->currentWidget());
    const auto found = place.clashes();
    clashes.insert(clashes.end(), found.begin(), found.end());
}

std::vector<std::string> clashes_in(const QString& language) {
    MainWindow::installLanguage(language);
    std::vector<std::string> clashes;
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    {
        Place bar(QStringLiteral("menu bar"));
        for (QAction* a : w.menuBar()->actions())
            bar.add(a->text());
        const auto found = bar.clashes();
        clashes.insert(clashes.end(), found.begin(), found.end());
    }
    for (QAction* a : w.menuBar()->actions())
        add_menu(clashes, a->menu(), a->text());
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QString tab = tabs->tabText(i);
        std::unique_ptr<QMenu> picture(w.pictureMenu(&w));
        add_menu(clashes, picture.get(), tab + QStringLiteral(" right-click menu"));
        if (tabs->currentWidget() != w.view<activa::ui::WizardView>()) {
            add_tab(clashes, w, tab);
            continue;
        }
        // The wizard shows one step at a time; each step is a page of its own.
        WizardView* wizard = w.view<activa::ui::WizardView>();
        wizard->restart();
        for (const char* answer : {"mlp", "classification", "multiclass", "", ""}) {
            add_tab(clashes, w, tab + QStringLiteral(" step %1").arg(wizard->step() + 1));
            if (*answer) wizard->answer(QString::fromLatin1(answer));
            wizard->next();
        }
        EXPECT_EQ(wizard->step(), WizardView::RecipeStep);
    }
    for (QDialog* dialog : std::initializer_list<QDialog*>{
             new ExportDialog(QStringLiteral("picture.png"), QSize(800, 600), &w), new Guide(&w)}) {
        Place place(dialog->windowTitle());
        add_widgets(place, dialog);
        const auto found = place.clashes();
        clashes.insert(clashes.end(), found.begin(), found.end());
        delete dialog;
    }
    return clashes;
}

// Every clash in the language as a failure of its own, then English again.
void expect_no_clashes(const QString& language) {
    EnglishAfterwards restore;
    const auto clashes = clashes_in(language);
    for (const std::string& c : clashes)
        ADD_FAILURE() << c;
    EXPECT_TRUE(clashes.empty());
}

} // namespace

TEST(Accelerators, NoTwoShareALetterInEnglish) {
    expect_no_clashes(QStringLiteral("en"));
}

TEST(Accelerators, NoTwoShareALetterInSpanish) {
    expect_no_clashes(QStringLiteral("es"));
}
