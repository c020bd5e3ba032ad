// SPDX-License-Identifier: MIT
#include "children.hpp"
#include "common/guide.hpp"
#include "language.hpp"
#include "mainwindow.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSlider>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace activa::ui;
using activa::ui::test::child;

using activa::ui::test::EnglishAfterwards;

namespace {

QAction* guide_action(const MainWindow& w) {
    for (QAction* a : w.menuBar()->findChildren<QAction*>())
        if (a->objectName() == QLatin1String("guideAction")) return a;
    return nullptr;
}

// Shows the window and finds its guide entry.
void show_with_guide_action(MainWindow& w, QAction*& action) {
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    action = guide_action(w);
    ASSERT_NE(action, nullptr);
}

QStringList tab_names(const MainWindow& w) {
    QStringList names;
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->tabText(i).remove(QLatin1Char('&'));
    return names;
}

} // namespace

TEST(Guide, F1OpensTheGuide) {
    MainWindow w;
    QAction* action = nullptr;
    ASSERT_NO_FATAL_FAILURE(show_with_guide_action(w, action));
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    EXPECT_FALSE(action->text().isEmpty());
    EXPECT_EQ(w.findChild<Guide*>(), nullptr);
    action->trigger();
    auto* guide = w.findChild<Guide*>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_FALSE(guide->isModal());
    // A second F1 shows the same guide.
    action->trigger();
    EXPECT_EQ(w.findChildren<Guide*>().size(), 1);
}

TEST(Guide, MentionsEveryTab) {
    MainWindow w;
    const QString text = Guide::html();
    for (const QString& name : tab_names(w))
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
    for (const char* command :
         {"list", "eval", "softmax", "recommend", "gradflow", "train", "export"})
        EXPECT_TRUE(text.contains(QStringLiteral("activa %1").arg(QLatin1String(command))))
            << command;
}

TEST(Guide, MentionsEveryTabInSpanish) {
    const EnglishAfterwards restore;
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    MainWindow w;
    const QString text = Guide::html();
    EXPECT_TRUE(text.contains(QStringLiteral("Guía"))) << text.left(200).toStdString();
    for (const QString& name : tab_names(w))
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
}

// Whether the guide shows `key` within a row of keys such as "Ctrl+1 … Ctrl+5".
bool in_a_range_of_keys(const QString& text, const QString& key) {
    static const QRegularExpression range(QStringLiteral("<b>([^<]*)(\\d)</b> … <b>\\1(\\d)</b>"));
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString prefix = m.captured(1);
        if (key.size() == prefix.size() + 1 && key.startsWith(prefix) &&
            key.back() >= m.captured(2).front() && key.back() <= m.captured(3).front())
            return true;
    }
    return false;
}

// Every key the window's actions answer to, as the guide's table of keys shows it: a key
// changed in the menus (or in a translation of them) and not in the guide fails here.
std::vector<std::string> keys_missing_from_the_guide() {
    MainWindow w;
    const QString text = Guide::html();
    std::vector<std::string> missing;
    for (const QAction* a : w.findChildren<QAction*>())
        for (const QKeySequence& key : a->shortcuts()) {
            const QString shown = key.toString(QKeySequence::NativeText).toHtmlEscaped();
            if (!text.contains(QStringLiteral("<b>%1</b>").arg(shown)) &&
                !in_a_range_of_keys(text, shown))
                missing.push_back(a->text().remove(QLatin1Char('&')).toStdString() + ": " +
                                  shown.toStdString());
        }
    return missing;
}

TEST(Guide, ShowsEveryKeyOfTheWindow) {
    EXPECT_EQ(keys_missing_from_the_guide(), std::vector<std::string>{});
}

TEST(Guide, ShowsEveryKeyOfTheWindowInSpanish) {
    const EnglishAfterwards restore;
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    EXPECT_EQ(keys_missing_from_the_guide(), std::vector<std::string>{});
}

TEST(Guide, OpensAtTheSectionOfTheVisibleTab) {
    MainWindow w;
    QAction* action = nullptr;
    ASSERT_NO_FATAL_FAILURE(show_with_guide_action(w, action));
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    tabs->setCurrentIndex(0);
    action->trigger();
    auto* guide = w.findChild<Guide*>();
    ASSERT_NE(guide, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(guide));
    QScrollBar* bar = child<QTextBrowser>(*guide, "guideBrowser")->verticalScrollBar();
    const int at_curves = bar->value();
    tabs->setCurrentIndex(tabs->count() - 1); // Training, further down
    action->trigger();
    EXPECT_GT(bar->value(), at_curves);
}

namespace {

// Whether a widget would be seen once its tab is chosen: it and its ancestors are not hidden,
// pages of a stack (tabs, wizard steps) aside.
bool can_be_seen(const QWidget* widget, const QWidget* window) {
    for (const QWidget* w = widget; w && w != window; w = w->parentWidget())
        if (w->isHidden() && !qobject_cast<const QStackedWidget*>(w->parentWidget())) return false;
    return true;
}

// Parts Qt builds inside other controls, which carry no tooltip of their own.
bool is_internal(const QWidget* widget) {
    const QWidget* parent = widget->parentWidget();
    return qobject_cast<const QTabBar*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent) ||
           qobject_cast<const QComboBox*>(parent) || widget->inherits("QTableCornerButton") ||
           widget->objectName() == QLatin1String("qt_toolbar_ext_button");
}

// "View > Class 'what names it'": the view it sits in and whatever names the control (its object
// name, text, label or accessible name), enough for the owner of the view to find it.
QString describe(const QWidget* widget, const QWidget* window) {
    QString view;
    for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget())
        if (QString(QLatin1String(w->metaObject()->className()))
                .startsWith(QLatin1String("activa::ui::"))) {
            view = QLatin1String(w->metaObject()->className());
            break;
        }
    QString name = widget->objectName();
    if (const auto* b = qobject_cast<const QAbstractButton*>(widget); b && name.isEmpty())
        name = b->text();
    if (name.isEmpty()) name = widget->accessibleName();
    if (name.isEmpty())
        for (const QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy() == widget) name = label->text();
    return QStringLiteral("%1 > %2 '%3'")
        .arg(view.remove(QLatin1String("activa::ui::")),
             QString(QLatin1String(widget->metaObject()->className()))
                 .remove(QLatin1String("activa::ui::")),
             name);
}

} // namespace

// Every control says what it does when the pointer rests on it. Buttons with text are not
// excused: "Reset" or "Add" alone does not say what is reset or added.
TEST(Tooltips, EveryControlHasOne) {
    MainWindow w;
    QStringList missing;
    for (QWidget* widget : w.findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractSpinBox*>(widget) ||
                             qobject_cast<QSlider*>(widget) || qobject_cast<QLineEdit*>(widget);
        if (!control || is_internal(widget) || !can_be_seen(widget, &w)) continue;
        if (!widget->toolTip().trimmed().isEmpty()) continue;
        missing << describe(widget, &w);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}
