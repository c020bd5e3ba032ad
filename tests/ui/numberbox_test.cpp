// SPDX-License-Identifier: MIT
#include "children.hpp"
#include "common/exportdialog.hpp"
#include "common/numberbox.hpp"
#include "mainwindow.hpp"
#include "typing.hpp"

#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

using activa::ui::format_typed_number;
using activa::ui::NumberBox;
using activa::ui::NumberRule;
using activa::ui::read_typed_number;
using activa::ui::type_into;
using activa::ui::test::child;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);
constexpr NumberRule kLogit{-1000.0, 1000.0, false};
constexpr NumberRule kClasses{1.0, 100000.0, true};

double taken(const QString& text, const QLocale& locale = kEnglish, NumberRule rule = kLogit) {
    const auto r = read_typed_number(text, locale, rule);
    EXPECT_TRUE(r.value) << text.toStdString() << ": " << r.problem.toStdString();
    EXPECT_TRUE(r.problem.isEmpty());
    return r.value.value_or(std::numeric_limits<double>::quiet_NaN());
}

QString refused(const QString& text, const QLocale& locale = kEnglish, NumberRule rule = kLogit) {
    const auto r = read_typed_number(text, locale, rule);
    EXPECT_FALSE(r.value) << text.toStdString() << " was taken as " << r.value.value_or(0.0);
    EXPECT_FALSE(r.problem.isEmpty());
    return r.problem;
}

} // namespace

TEST(ReadTypedNumber, TakesExactlyWhatIsTyped) {
    EXPECT_EQ(taken(QStringLiteral("1.5")), 1.5);
    EXPECT_EQ(taken(QStringLiteral("0.1")), 0.1);
    EXPECT_EQ(taken(QStringLiteral(" -2 ")), -2.0);
    EXPECT_EQ(taken(QStringLiteral("\u22122.5")), -2.5); // the typographic minus
    EXPECT_EQ(taken(QStringLiteral("+3")), 3.0);
    EXPECT_EQ(taken(QStringLiteral(".5")), 0.5);
    EXPECT_EQ(taken(QStringLiteral("7.")), 7.0);
    EXPECT_EQ(taken(QStringLiteral("1E3")), 1000.0);
    EXPECT_EQ(taken(QStringLiteral("-1e3")), -1000.0);
    EXPECT_EQ(taken(QStringLiteral("2.5e-3")), 0.0025);
    EXPECT_EQ(taken(QStringLiteral("1e-400")), 0.0); // the nearest double, as for any number
    EXPECT_EQ(taken(QStringLiteral("3.0"), kEnglish, kClasses), 3.0);
}

TEST(ReadTypedNumber, TakesTheLocalesDecimalMark) {
    EXPECT_EQ(taken(QStringLiteral("1,5"), kSpanish), 1.5);
    EXPECT_EQ(taken(QStringLiteral("-0,25"), kSpanish), -0.25);
    EXPECT_EQ(taken(QStringLiteral("1,5e2"), kSpanish), 150.0);
}

TEST(ReadTypedNumber, RefusesSeparatorsThatCouldMeanAnotherNumber) {
    // "1,5" is not fifteen in English, "1.000" is not one or a thousand in Spanish.
    EXPECT_TRUE(refused(QStringLiteral("1,5")).contains(QStringLiteral("“.”")));
    EXPECT_TRUE(refused(QStringLiteral("1,000")).contains(QStringLiteral("“.”")));
    EXPECT_TRUE(refused(QStringLiteral("1.5"), kSpanish).contains(QStringLiteral("“,”")));
    EXPECT_TRUE(refused(QStringLiteral("1.000"), kSpanish).contains(QStringLiteral("“,”")));
}

TEST(ReadTypedNumber, NamesTheLimitOfAValueOutOfRange) {
    EXPECT_EQ(refused(QStringLiteral("1e400")), QStringLiteral("The largest value here is 1000."));
    EXPECT_EQ(refused(QStringLiteral("-1e400")),
              QStringLiteral("The smallest value here is -1000."));
    EXPECT_EQ(refused(QStringLiteral("1000.5")), QStringLiteral("The largest value here is 1000."));
    EXPECT_EQ(refused(QStringLiteral("99999999"), kEnglish, kClasses),
              QStringLiteral("The largest value here is 100000."));
    EXPECT_EQ(refused(QStringLiteral("0"), kEnglish, kClasses),
              QStringLiteral("The smallest value here is 1."));
    EXPECT_EQ(refused(QStringLiteral("-0,5"), kSpanish, NumberRule{0.05, 20.0, false}),
              QStringLiteral("The smallest value here is 0,05."));
}

TEST(ReadTypedNumber, RefusesWhatIsNoNumber) {
    EXPECT_EQ(refused(QStringLiteral("2.5"), kEnglish, kClasses),
              QStringLiteral("Type a whole number."));
    EXPECT_EQ(refused(QStringLiteral("abc")), QStringLiteral("“abc” is not a number."));
    EXPECT_EQ(refused(QStringLiteral("inf")), QStringLiteral("“inf” is not a number."));
    EXPECT_EQ(refused(QStringLiteral("nan")), QStringLiteral("“nan” is not a number."));
    EXPECT_EQ(refused(QStringLiteral("1 2")), QStringLiteral("“1 2” is not a number."));
    EXPECT_EQ(refused(QStringLiteral("--1")), QStringLiteral("“--1” is not a number."));
    // A pasted page is quoted back shortened.
    EXPECT_LT(refused(QString(5000, QLatin1Char('x'))).size(), 60);
}

TEST(ReadTypedNumber, MarksTextThatTypingCanStillComplete) {
    for (const char* text : {"", "-", "1e", "1e-", "."}) {
        const auto r = read_typed_number(QString::fromLatin1(text), kEnglish, kLogit);
        EXPECT_FALSE(r.value) << text;
        EXPECT_TRUE(r.partial) << text;
        EXPECT_FALSE(r.problem.isEmpty()) << text;
    }
    EXPECT_FALSE(read_typed_number(QStringLiteral("1x"), kEnglish, kLogit).partial);
}

TEST(ReadTypedNumber, StripsTheFieldsSuffix) {
    const NumberRule pixels{16.0, 16384.0, true};
    EXPECT_EQ(
        read_typed_number(QStringLiteral("800 px"), kEnglish, pixels, QStringLiteral(" px")).value,
        800.0);
    EXPECT_EQ(
        read_typed_number(QStringLiteral("800px"), kEnglish, pixels, QStringLiteral(" px")).value,
        800.0);
}

TEST(FormatTypedNumber, ShortestTextInTheLocaleWithoutGroupsOrTrailingZeros) {
    EXPECT_EQ(format_typed_number(-10.0, kEnglish), QStringLiteral("-10"));
    EXPECT_EQ(format_typed_number(-10.0, kSpanish), QStringLiteral("-10"));
    EXPECT_EQ(format_typed_number(0.25, kSpanish), QStringLiteral("0,25"));
    EXPECT_EQ(format_typed_number(1000000.0, kEnglish), QStringLiteral("1000000"));
    EXPECT_EQ(format_typed_number(100000.0, kSpanish, true), QStringLiteral("100000"));
    EXPECT_EQ(format_typed_number(0.1 + 0.2, kEnglish), QStringLiteral("0.30000000000000004"));
    // Every shown value reads back to itself.
    for (double v : {1e-7, 0.001, 3.14159, -2.5e20, 123456.789}) {
        for (const QLocale& l : {kEnglish, kSpanish}) {
            const QString text = format_typed_number(v, l);
            EXPECT_EQ(read_typed_number(text, l, NumberRule{-1e300, 1e300, false}).value, v)
                << text.toStdString();
        }
    }
}

TEST(NumberBox, ARefusedTextKeepsTheLastGoodValueAndSaysWhy) {
    QWidget parent;
    auto* box = new NumberBox(NumberBox::Kind::Real, &parent);
    box->setRange(-1000.0, 1000.0);
    box->setValue(3.0);
    QLabel* message = box->messageLabel();
    QSignalSpy changed(box, &NumberBox::valueChanged);

    type_into(box, QStringLiteral("1e400"));
    EXPECT_EQ(box->value(), 3.0);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(box->text(), QStringLiteral("1e400")); // what was typed stays to be corrected
    EXPECT_EQ(box->problem(), QStringLiteral("The largest value here is 1000."));
    EXPECT_TRUE(message->isVisibleTo(&parent));
    EXPECT_EQ(message->text(), box->problem());
    EXPECT_TRUE(box->toolTip().contains(box->problem()));

    QTest::keyClick(box, Qt::Key_Escape); // back to the value in force
    EXPECT_EQ(box->text(), QStringLiteral("3"));
    EXPECT_TRUE(box->problem().isEmpty());
    EXPECT_TRUE(message->text().isEmpty()); // its line stays, empty

    type_into(box, QStringLiteral("7.25"));
    EXPECT_EQ(box->value(), 7.25);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().front().toDouble(), 7.25);

    type_into(box, QString());
    EXPECT_EQ(box->problem(), QStringLiteral("Type a number."));
    EXPECT_FALSE(box->takeText());
    EXPECT_EQ(box->value(), 7.25);
}

TEST(NumberBox, ProblemsWaitUntilTypingIsDone) {
    NumberBox box;
    box.setRange(-10.0, 10.0);
    box.setFocus();
    QTest::keyClicks(&box, QStringLiteral("abc"));
    EXPECT_TRUE(box.problem().isEmpty());
    QTest::keyClick(&box, Qt::Key_Return);
    EXPECT_FALSE(box.problem().isEmpty());
    // Correcting the text clears the message at once.
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("4"));
    EXPECT_TRUE(box.problem().isEmpty());
}

TEST(NumberBox, FollowsTheLocale) {
    NumberBox box;
    box.setRange(-10.0, 10.0);
    box.setLocale(kSpanish);
    type_into(&box, QStringLiteral("1,5"));
    EXPECT_EQ(box.value(), 1.5);
    EXPECT_EQ(box.text(), QStringLiteral("1,5"));
    box.setLocale(kEnglish);
    EXPECT_EQ(box.text(), QStringLiteral("1.5"));
}

TEST(NumberBox, StepsFromTheValueInForceToRoundNumbers) {
    NumberBox box;
    box.setRange(0.0, 1.0);
    box.setSingleStep(0.1);
    box.setValue(0.1);
    box.stepBy(2);
    EXPECT_EQ(box.value(), 0.3);
    EXPECT_EQ(box.text(), QStringLiteral("0.3"));
    box.stepBy(100);
    EXPECT_EQ(box.value(), 1.0);

    NumberBox adaptive;
    adaptive.setRange(0.001, 1000.0);
    adaptive.setSingleStep(0.001);
    adaptive.setAdaptiveStep(true);
    adaptive.setValue(250.0);
    adaptive.stepBy(1);
    EXPECT_EQ(adaptive.value(), 260.0);
}

TEST(NumberBox, AFieldsOwnCheckRefusesLikeTheRange) {
    NumberBox box(NumberBox::Kind::Integer);
    box.setRange(0.0, 100.0);
    box.setValue(2.0);
    box.setCheck([](double v) { return v > 5.0 ? QStringLiteral("too many") : QString(); });
    type_into(&box, QStringLiteral("6"));
    EXPECT_EQ(box.value(), 2.0);
    EXPECT_EQ(box.problem(), QStringLiteral("too many"));
    box.stepBy(10);
    EXPECT_EQ(box.value(), 2.0);
    type_into(&box, QStringLiteral("4"));
    EXPECT_EQ(box.value(), 4.0);
    EXPECT_TRUE(box.problem().isEmpty());
}

TEST(ExportDialog, TypedSizesAreCheckedAndATypedExtensionChoosesTheFormat) {
    const QTemporaryDir dir;
    activa::ui::ExportDialog dialog(dir.filePath(QStringLiteral("activations.png")),
                                    QSize(800, 600));
    auto* file = dialog.findChild<QLineEdit*>();
    auto* width = dialog.findChild<NumberBox*>(QStringLiteral("widthBox"));
    auto* scale = dialog.findChild<NumberBox*>(QStringLiteral("scaleBox"));
    ASSERT_TRUE(file && width && scale);
    EXPECT_EQ(width->text(), QStringLiteral("800 px"));

    file->selectAll();
    QTest::keyClicks(file, dir.filePath(QStringLiteral("figure.svg")));
    EXPECT_EQ(dialog.format(), activa::ui::ImageFormat::Svg);
    EXPECT_EQ(dialog.fileName(), dir.filePath(QStringLiteral("figure.svg"))); // the name as typed
    EXPECT_FALSE(scale->isEnabled());

    type_into(width, QStringLiteral("1e9"));
    EXPECT_EQ(dialog.imageSize(), QSize(800, 600));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected); // not closed while a size is refused
    EXPECT_FALSE(width->problem().isEmpty());
    type_into(width, QStringLiteral("1024 px"));
    EXPECT_EQ(dialog.imageSize(), QSize(1024, 600));
}

TEST(NumberBox, ItsMessageStaysReadableOnADarkPalette) {
    QWidget parent;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    parent.setPalette(dark);
    auto* box = new NumberBox(NumberBox::Kind::Real, &parent);
    QLabel* message = box->messageLabel();
    EXPECT_GT(message->palette().color(QPalette::WindowText).lightnessF(), 0.6);
    parent.setPalette(QPalette(Qt::white));
    EXPECT_LT(message->palette().color(QPalette::WindowText).lightnessF(), 0.4);
}

// Whatever is typed into whichever number field of the window, the value in force stays a
// finite number within the field's range, and a refused text always says why.
TEST(NumberBox, EveryFieldOfTheWindowSurvivesRandomTyping) {
    activa::ui::MainWindow w;
    const QString alphabet = QStringLiteral("0123456789-+eE.,  x%");
    QRandomGenerator random(20261201);
    int fields = 0;
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (NumberBox* box : tabs->widget(tab)->findChildren<NumberBox*>()) {
            if (!box->isEnabled()) continue;
            ++fields;
            for (int i = 0; i < 12; ++i) {
                QString text;
                const int length = static_cast<int>(random.bounded(1, 14));
                for (int k = 0; k < length; ++k)
                    text += alphabet[static_cast<int>(random.bounded(alphabet.size()))];
                type_into(box, text);
                const double v = box->value();
                ASSERT_TRUE(std::isfinite(v)) << text.toStdString();
                EXPECT_GE(v, box->minimum()) << text.toStdString();
                EXPECT_LE(v, box->maximum()) << text.toStdString();
                EXPECT_TRUE(box->problem().isEmpty() || !box->toolTip().isEmpty());
            }
            QTest::keyClick(box, Qt::Key_Escape);
        }
    }
    EXPECT_GE(fields, 20);
}

namespace {

// A panel whose destructor ends before QWidget's, as every view's does: its check must never
// run after that.
class Panel : public QWidget {
public:
    explicit Panel(std::shared_ptr<int> lateChecks)
        : m_box(new NumberBox(NumberBox::Kind::Real, this)) {
        m_box->setCheck([gone = m_gone, lateChecks](double) {
            if (*gone) ++*lateChecks;
            return QString();
        });
    }
    ~Panel() override { *m_gone = true; }
    NumberBox* box() const { return m_box; }

private:
    std::shared_ptr<bool> m_gone = std::make_shared<bool>(false);
    NumberBox* m_box;
};

} // namespace

// Closing a window with a field being typed into moved the focus after the view's members were
// destroyed, and the field ran its check on them.
TEST(NumberBox, AWindowClosedWhileTypingRunsNoCheckOnItsDestroyedView) {
    auto lateChecks = std::make_shared<int>(0);
    auto* panel = new Panel(lateChecks);
    panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel));
    panel->activateWindow();
    panel->box()->setFocus();
    QTest::keyClicks(panel->box(), QStringLiteral("5"));
    ASSERT_TRUE(panel->box()->hasFocus());
    delete panel;
    EXPECT_EQ(*lateChecks, 0);
}
