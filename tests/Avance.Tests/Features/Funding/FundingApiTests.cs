using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Funding;

public sealed class FundingApiTests
{
    [Theory, Providers]
    public async Task Funding_FilteredByYear_ShowsOnlyThatYear(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var in2021 = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/funding?year=2021");
        var in2019 = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/funding?year=2019");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/funding");

        Assert.All(in2021.EnumerateArray(), r => Assert.Equal(2021, r.GetProperty("year").GetInt32()));
        Assert.Equal([26_853m, 103_629m, 233_092m], in2021.EnumerateArray().Select(r => r.GetProperty("development").GetDecimal()).Order());
        Assert.Empty(in2019.EnumerateArray());
        Assert.Equal(10, all.GetArrayLength());
        Assert.Equal([2023, 2023, 2023, 2022, 2022, 2022, 2021, 2021, 2021, 2020], all.EnumerateArray().Select(r => r.GetProperty("year").GetInt32()));
    }

    [Theory]
    [InlineData("year=last")]
    [InlineData("year=99999")]
    [InlineData("year=-2021")]
    public async Task Funding_BadYear_Is400ProblemDetails(string query)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync($"/api/v1/countries/mx/funding?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The year must be a whole number between 1900 and 2100.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
