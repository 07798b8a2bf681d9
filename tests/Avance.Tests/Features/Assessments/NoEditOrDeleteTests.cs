using System.Net;
using System.Net.Http.Json;
using Avance.Tests.Authorization;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Assessments;

/// <summary>Once filed, an assessment is only replied to or hidden: nothing in the application edits or deletes one.</summary>
public sealed class NoEditOrDeleteTests
{
    [Fact]
    public async Task TheOnlyWritesOnAssessments_AreFilingReplyingAndHiding()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        using var _ = app.CreateClient();

        var writes = (await WriteEndpoints.ListAsync(app.Services)).Where(e => e.Contains("assessments", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "POST api/v1/assessments", "POST api/v1/assessments/{id}/hide", "POST api/v1/assessments/{id}/replies",
            "POST {lang}/workspace/assessments/new", "POST {lang}/workspace/assessments/{id}/hide", "POST {lang}/workspace/assessments/{id}/reply",
        ], writes);
    }

    [Fact]
    public async Task PutPatchAndDelete_OnAnAssessment_AreNotAllowed_EvenForAnAdministrator()
    {
        await using var scene = await AssessmentScene.CreateAsync(Provider.Sqlite);
        var id = await scene.FileOfficersAsync();
        using var administrator = await scene.App.ClientWithTokenAsync(scene.Administrator);
        var body = JsonContent.Create(new { narrative = "Rewritten." });

        using var put = await administrator.PutAsync($"/api/v1/assessments/{id}", body);
        using var patch = await administrator.PatchAsync($"/api/v1/assessments/{id}", body);
        using var delete = await administrator.DeleteAsync($"/api/v1/assessments/{id}");

        Assert.Equal([HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed, HttpStatusCode.MethodNotAllowed],
            [put.StatusCode, patch.StatusCode, delete.StatusCode]);
        Assert.Equal("Training figures count the same officers twice.", (await scene.AssessmentAsync(id)).Narrative);
    }
}
