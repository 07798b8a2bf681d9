using Avance.Data;
using Avance.Tests.Infrastructure;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Web;

public sealed class PublicDataCacheTests
{
    [Theory]
    [InlineData("/en/countries/mx", "$26,853", "$99,999")]
    [InlineData("/api/v1/countries/mx", "\"value\":1981", "\"value\":1982")]
    public async Task CachedAnswer_StaysUntilPublishedDataChangesAndTheCacheIsInvalidated(string path, string before, string after)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        Assert.Contains(before, await client.GetStringAsync(path));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
            await db.FundingContributions.Where(c => c.Year == 2021 && c.Development == 26853m)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Development, 99999m));
            await db.ContextIndexValues.Where(v => v.Value == 1981m).ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, 1982m));
        }
        Assert.Contains(before, await client.GetStringAsync(path));

        await PublicDataCache.InvalidateAsync(app.Services.GetRequiredService<IOutputCacheStore>(), CancellationToken.None);

        Assert.Contains(after, await client.GetStringAsync(path));
    }

    [Theory]
    [InlineData("/en/countries/mx", "$26,853", "$99,999")]
    [InlineData("/api/v1/countries/mx/outcomes?page=1&pageSize=5", "XM-DAC-41146-MEX_D_1.1", "XM-DAC-41146-MEX_D_9.9")]
    public async Task KeptRows_ServeAnswersTheOutputCacheDoesNot_UntilInvalidated(string path, string before, string after)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite), new Dictionary<string, string> { ["Avance:Cache:Minutes"] = "0" });
        var client = app.CreateClient();
        Assert.Contains(before, await client.GetStringAsync(path));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
            await db.FundingContributions.Where(c => c.Year == 2021 && c.Development == 26853m)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Development, 99999m));
            await db.Outcomes.Where(o => o.IatiIdentifier == "XM-DAC-41146-MEX_D_1.1")
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.IatiIdentifier, "XM-DAC-41146-MEX_D_9.9"));
        }
        Assert.Contains(before, await client.GetStringAsync(path));

        await PublicDataCache.InvalidateAsync(app.Services.GetRequiredService<IOutputCacheStore>(), CancellationToken.None);

        Assert.Contains(after, await client.GetStringAsync(path));
    }

    [Fact]
    public async Task WithRowsNotKept_EveryAnswerReadsTheDatabase()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite),
            new Dictionary<string, string> { ["Avance:Cache:Minutes"] = "0", ["Avance:Cache:Rows"] = "false" });
        var client = app.CreateClient();
        Assert.Contains("$26,853", await client.GetStringAsync("/en/countries/mx"));

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AvanceDb>().FundingContributions.Where(c => c.Year == 2021 && c.Development == 26853m)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Development, 99999m));

        Assert.Contains("$99,999", await client.GetStringAsync("/en/countries/mx"));
    }

    [Fact]
    public async Task CachedPages_AreKeptApartByLanguage()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var spanish = await client.GetStringAsync("/api/v1/countries/mx");
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await client.GetStringAsync("/api/v1/countries/mx");

        Assert.Contains("México", spanish);
        Assert.DoesNotContain("México", english);
    }
}
