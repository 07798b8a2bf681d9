using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Assessments;

public sealed class ReplyAndHideTests
{
    [Theory, Providers]
    public async Task Reply_ThroughThePage_IsPublished_RaisesTheVersion_AndIsAudited(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        using var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var replyUrl = $"/en/workspace/assessments/{id}/reply";
        Assert.Contains("name=\"Version\" value=\"0\"", await client.GetStringAsync(replyUrl));

        using var response = await client.PostFormAsync(replyUrl, new()
        {
            ["Version"] = "0", ["Text"] = "The figure counts <b>people</b>, not courses.", ["Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/workspace/assessments/{id}?done=replied", response.Headers.Location?.OriginalString);
        var stored = await scene.AssessmentAsync(id);
        Assert.Equal(1, stored.Version);
        var reply = Assert.Single(stored.Replies);
        Assert.Equal(("The figure counts people, not courses.", "en", scene.Coordinator.Id), (reply.Text, reply.Language, reply.AuthorUserId));
        var audit = await scene.AuditAsync(id);
        Assert.Equal(["assessment.file", "assessment.reply"], audit.Select(a => a.Action));
        Assert.Equal(scene.Coordinator.Email, audit[1].Actor);
        Assert.Contains("The figure counts people, not courses.", audit[1].After);
        Assert.Contains("The figure counts people, not courses.", await scene.App.CreateClient().GetStringAsync("/en" + AssessmentScene.OfficersPage));
    }

    [Theory, Providers]
    public async Task Reply_ThroughTheApi_AnswersTheVersionSeen_AStaleVersionIs409WithTheAssessmentAsItIsNow(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        using var coordinator = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        using var administrator = await scene.App.ClientWithTokenAsync(scene.Administrator);

        using var first = await coordinator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 0, text = "First answer.", language = "en" });
        using var second = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 0, text = "Second answer.", language = "en" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
        Assert.Equal(1, current.GetProperty("version").GetInt32());
        Assert.Equal(["First answer."], current.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        Assert.Single((await scene.AssessmentAsync(id)).Replies);
    }

    [Theory, Providers]
    public async Task Hide_ThroughThePage_NeedsAReason_ThenPublishesTheNotice_AndIsAuditedWithTheReason(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        using var client = await scene.App.SignedInClientAsync(scene.Administrator);
        var hideUrl = $"/es/workspace/assessments/{id}/hide";

        using var blank = await client.PostFormAsync(hideUrl, new() { ["Version"] = "0", ["Reason"] = "  <b> </b> " });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Indique el motivo: se muestra al público en lugar de la evaluación.", await blank.Content.ReadAsStringAsync());
        Assert.False((await scene.AssessmentAsync(id)).IsHidden);

        using var hidden = await client.PostFormAsync(hideUrl, new() { ["Version"] = "0", ["Reason"] = "Insulta a una persona." });

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal($"/es/workspace/assessments/{id}?done=hidden", hidden.Headers.Location?.OriginalString);
        var stored = await scene.AssessmentAsync(id);
        Assert.Equal(("Insulta a una persona.", scene.Administrator.Id, 1), (stored.HiddenReason, stored.HiddenByUserId, stored.Version));
        var audit = (await scene.AuditAsync(id)).Last();
        Assert.Equal(("assessment.hide", scene.Administrator.Email, "Insulta a una persona."), (audit.Action, audit.Actor, audit.Reason));
        var detail = await client.GetStringAsync(hidden.Headers.Location!.OriginalString);
        Assert.Contains("La evaluación está oculta; el público ve ahora el aviso con su motivo.", detail);
        Assert.Contains("Training figures count the same officers twice.", detail);
        Assert.DoesNotContain("/hide\"", detail);
    }

    [Theory, Providers]
    public async Task Hide_OfAnAssessmentSomeoneRepliedToMeanwhile_IsAConflictShowingTheReply_AndHidesNothing(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        using var administrator = await scene.App.SignedInClientAsync(scene.Administrator);
        using var coordinator = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var hideUrl = $"/en/workspace/assessments/{id}/hide";
        Assert.Contains("name=\"Version\" value=\"0\"", await administrator.GetStringAsync(hideUrl));
        (await coordinator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 0, text = "We will publish the lists.", language = "en" })).Dispose();

        using var stale = await administrator.PostFormAsync(hideUrl, new() { ["Version"] = "0", ["Reason"] = "Off-topic." });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Someone replied to or hid this assessment after you opened it.", page);
        Assert.Contains("We will publish the lists.", page);
        Assert.Contains("name=\"Version\" value=\"1\"", page);
        Assert.Contains(">Off-topic.</textarea>", page);
        Assert.False((await scene.AssessmentAsync(id)).IsHidden);

        using var again = await administrator.PostFormAsync(hideUrl, new() { ["Version"] = "1", ["Reason"] = "Off-topic." });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True((await scene.AssessmentAsync(id)).IsHidden);
    }

    [Theory, Providers]
    public async Task Api_RefusesToReplyToAHiddenAssessment_ToHideItTwice_AndToHideWithoutAReason(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        using var administrator = await scene.App.ClientWithTokenAsync(scene.Administrator);
        administrator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        using var noReason = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/hide", new { version = 0, reason = "" });
        using var noVersion = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/hide", new { reason = "Spam." });
        using var hidden = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/hide", new { version = 0, reason = "Spam." });
        using var twice = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/hide", new { version = 1, reason = "Spam." });
        using var reply = await administrator.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 1, text = "Too late.", language = "es" });
        using var missing = await administrator.PostAsJsonAsync("/api/v1/assessments/999999/hide", new { version = 0, reason = "Spam." });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Indique el motivo: se muestra al público en lugar de la evaluación.",
            (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("assessment.already-hidden", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        var refusal = await reply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assessment.hidden", refusal.GetProperty("code").GetString());
        Assert.Equal("Una persona administradora ocultó esta evaluación; una evaluación oculta no admite respuestas.", refusal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(["assessment.file", "assessment.hide"], (await scene.AuditAsync(id)).Select(a => a.Action));
    }

    [Theory, Providers]
    public async Task Reply_AndHide_AreRefusedToObserversAndFocalPoints_AndHideToTheCoordinator(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();

        async Task<HttpStatusCode> Status(Infrastructure.AvanceApp app, Avance.Features.Accounts.AvanceUser user, string action, object body)
        {
            using var client = await app.ClientWithTokenAsync(user);
            using var response = await client.PostAsJsonAsync($"/api/v1/assessments/{id}/{action}", body);
            return response.StatusCode;
        }

        var reply = new { version = 0, text = "A reply.", language = "en" };
        var hide = new { version = 0, reason = "A reason." };
        Assert.Equal(HttpStatusCode.Forbidden, await Status(scene.App, scene.Observer, "replies", reply));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(scene.App, scene.FocalPoint, "replies", reply));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(scene.App, scene.Observer, "hide", hide));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(scene.App, scene.Coordinator, "hide", hide));
        using var observerPage = await scene.App.SignedInClientAsync(scene.Observer);
        using var replyPage = await observerPage.GetAsync($"/en/workspace/assessments/{id}/reply");
        Assert.Equal(HttpStatusCode.Forbidden, replyPage.StatusCode);
        var stored = await scene.AssessmentAsync(id);
        Assert.Equal((0, false, 0), (stored.Replies.Count, stored.IsHidden, stored.Version));
    }
}
