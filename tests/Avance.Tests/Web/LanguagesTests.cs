using Avance.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Avance.Tests.Web;

public sealed class LanguagesTests
{
    [Theory]
    [InlineData("/en/countries/mx", "es", "/es/countries/mx")]
    [InlineData("/es/countries/mx/", "en", "/en/countries/mx")]
    [InlineData("/es", "en", "/en")]
    [InlineData("/en//search", "es", "/es//search")]
    [InlineData("/", "es", "/es")]
    [InlineData("/errors/404", "es", "/es/errors/404")]
    [InlineData("/english/page", "es", "/es/english/page")]
    [InlineData("//x//y/", "en", "/en/x/y")]
    public void SwitchPath_ReplacesTheLanguageSegmentOrPutsOneInFront(string path, string language, string expected) =>
        Assert.Equal(expected, Languages.SwitchPath(path, language));

    [Theory]
    [InlineData("/en/countries/mx", "en")]
    [InlineData("/es", "es")]
    [InlineData("//es/search", "es")]
    [InlineData("/eng/countries", null)]
    [InlineData("/e", null)]
    [InlineData("/fr/countries", null)]
    [InlineData("/api/v1/countries", null)]
    [InlineData("/", null)]
    [InlineData("", null)]
    public void FromPath_IsTheFirstSegmentWhenItIsAnInterfaceLanguage(string path, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path.Length == 0 ? PathString.Empty : new PathString(path);
        Assert.Equal(expected, Languages.FromPath(context));
    }

    [Fact]
    public void FromPath_OnAReExecutedErrorPage_IsTheLanguageOfTheAddressThatFailed()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/errors/404";
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature { OriginalPath = "/es/countries/zz" });
        Assert.Equal("es", Languages.FromPath(context));
    }
}
