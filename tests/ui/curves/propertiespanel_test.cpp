// SPDX-License-Identifier: MIT
// The properties panel: the selected function described (a typed one's properties computed over
// the range shown) and every checked function compared.
#include "../typing.hpp"
#include "curves/parameterpanel.hpp"
#include "curves/propertiespanel.hpp"
#include "curves_helpers.hpp"

#include <QTextBrowser>

using namespace activa::ui::curves_test;

namespace {

QString details(const CurvesView& view) {
    return child<QTextBrowser>(view, "detailsBrowser")->toPlainText();
}

QString comparison(const CurvesView& view) {
    return child<QTextBrowser>(view, "comparisonBrowser")->toPlainText();
}

QString utf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

TEST(CurvesView, PropertiesDescribeTheSelectedFunction) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    show_view(view);
    click_in_list(view, ActivationId::Tanh);
    const QString html = details(view);
    EXPECT_TRUE(html.contains(QStringLiteral("Glorot"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("vanishing")));
    // Compared property by property: each function named under each property.
    const QString compared = comparison(view);
    EXPECT_EQ(compared.count(QStringLiteral("ReLU")), PropertiesPanel::propertyLabels().size());
}

TEST(CurvesView, PropertiesShowTheCurrentParameters) {
    CurvesView view;
    view.setState(only(ActivationId::LeakyRelu));
    type_into(parameter_panel(view)->spinBox(0, 0), QStringLiteral("0.826"));
    const QString text = details(view);
    EXPECT_TRUE(text.contains(QStringLiteral("negative_slope = 0.826 (default 0.01)")))
        << text.toStdString();
}

// A typed function has no catalogue row: its properties are computed at its parameters' values
// over the x range shown, and follow both.
TEST(PropertiesPanel, ATypedFunctionsPropertiesAreComputedOverTheRangeShown) {
    const Typed hinge("hinge_props(x, a=1) = max(x - a, 0)");
    CurvesView view;
    view.setState(only(hinge.id()));
    QString text = details(view);
    EXPECT_TRUE(text.contains(utf8(info(hinge.id()).formula))) << text.toStdString();
    EXPECT_TRUE(text.contains(utf8(info(hinge.id()).derivative_formula))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Values\nfrom 0 to 9"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Monotonic\nyes"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zero-centred\nno"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("|f′| < 0.01\nfrom −10 to "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kinks\nat x = 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Undefined\nnowhere"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("from −10 to 10"))) << text.toStdString();

    type_into(parameter_panel(view)->spinBox(0, 0), QStringLiteral("2"));
    EXPECT_TRUE(details(view).contains(QStringLiteral("Kinks\nat x = 2")))
        << details(view).toStdString();
    type_into(child<NumberBox>(view, "xToBox"), QStringLiteral("1.5"));
    text = details(view);
    EXPECT_TRUE(text.contains(QStringLiteral("Kinks\nnone found"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Values\nfrom 0 to 0"))) << text.toStdString();
}

TEST(PropertiesPanel, WhereATypedFunctionIsUndefinedIsSaid) {
    const Typed root("root_props(x) = sqrt(x)");
    CurvesView view;
    view.setState(only(root.id()));
    const QString text = details(view);
    EXPECT_TRUE(text.contains(QStringLiteral("Undefined\nfrom −10 to "))) << text.toStdString();
}

// In the comparison a typed function has a line under every property, computed like its
// details.
TEST(PropertiesPanel, ATypedFunctionIsComparedUnderEveryProperty) {
    const Typed hinge("hinge_compare(x) = max(x, 0)");
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {hinge.id(), {}}};
    view.setState(s);
    const QString compared = comparison(view);
    EXPECT_EQ(compared.count(QStringLiteral("hinge_compare")),
              PropertiesPanel::propertyLabels().size())
        << compared.toStdString();
    EXPECT_TRUE(compared.contains(QStringLiteral("hinge_compare\nfrom 0 to 10")))
        << compared.toStdString();
}
