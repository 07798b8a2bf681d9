using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class ConcurrencyTests
{
    [Theory, Providers]
    public async Task The_second_of_two_editors_is_told_with_the_first_ones_values_and_nothing_is_overwritten(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var objective = await scene.WithDbAsync(db => db.StrategicObjectives.Where(o => o.Number == 3).Select(o => o.Id).FirstAsync());
        var url = $"/en/workspace/plans/{plan}/objectives/{objective}";
        using var first = await scene.PagesAsync();
        using var second = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.Administrator));
        var secondsForm = FormFields.Read(await second.GetStringAsync(url));

        using var saved = await FormFields.SubmitAsync(first, url, f => f["Form.Text.En"] = "Bring a gender perspective into every security process.");
        secondsForm["Form.Text.En"] = "Bring a gender perspective into peacebuilding everywhere.";
        using var conflict = await second.PostAsync(url, new FormUrlEncodedContent(secondsForm.Pairs));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this item after you opened it. Nothing of yours was saved", page);
        Assert.Contains("Saved meanwhile by someone else: English: Bring a gender perspective into every security process.", page);
        Assert.Contains(">Bring a gender perspective into peacebuilding everywhere.</textarea>", page);
        Assert.Contains("name=\"Version\" value=\"1\"", page);
        Assert.Equal("Bring a gender perspective into every security process.", await scene.WithDbAsync(db =>
            db.StrategicObjectives.Where(o => o.Id == objective).Select(o => o.Statement.Translations.Single(t => t.Language == "en").Value).SingleAsync()));
        Assert.Single(await scene.HistoryAsync("objective", objective));
    }

    [Theory, Providers]
    public async Task An_update_through_the_api_from_a_stale_version_is_a_409_with_the_current_fields(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var api = await scene.ApiAsync("es");
        var plan = await scene.DemoPlanIdAsync();
        var loaded = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan}");
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(loaded.GetProperty("fields").GetRawText())!;

        fields["reviewAfterYears"] = JsonSerializer.SerializeToElement(4);
        using var first = await api.PutAsJsonAsync($"/api/v1/plans/{plan}", new { version = 0, fields });
        fields["reviewAfterYears"] = JsonSerializer.SerializeToElement(5);
        using var second = await api.PutAsJsonAsync($"/api/v1/plans/{plan}", new { version = 0, fields });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Otra persona guardó antes", problem.GetProperty("title").GetString());
        Assert.Equal(1, problem.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal(4, problem.GetProperty("current").GetProperty("fields").GetProperty("reviewAfterYears").GetInt32());
        Assert.Equal(4, await scene.WithDbAsync(db => db.Plans.Where(p => p.Id == plan).Select(p => p.Timeframe.ReviewAfterYears).SingleAsync()));
    }
}
