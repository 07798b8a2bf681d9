using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Accounts;

/// <summary>Sessions and password links outlive a restart: the keys that sign them are kept in a folder, not in memory.</summary>
public sealed class SigningKeysTests
{
    [Fact]
    public async Task What_one_run_of_the_application_signs_the_next_run_can_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "avance-tests", "keys", Guid.NewGuid().ToString("N")[..12]);
        var settings = new Dictionary<string, string> { [AccountServices.KeysFolderSetting] = folder };
        try
        {
            string signed;
            await using (var first = new AvanceApp(TestDatabase.Create(Provider.Sqlite), settings))
                signed = Protector(first).Protect("a session");

            await using var second = new AvanceApp(TestDatabase.Create(Provider.Sqlite), settings);

            Assert.Equal("a session", Protector(second).Unprotect(signed));
            Assert.Single(Directory.GetFiles(folder, "key-*.xml"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static IDataProtector Protector(AvanceApp app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
}
