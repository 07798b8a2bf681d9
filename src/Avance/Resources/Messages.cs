using System.Globalization;
using System.Resources;

namespace Avance;

/// <summary>Operator-facing messages (start-up, command line), in the language of the current UI culture.</summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new(typeof(Messages).FullName!, typeof(Messages).Assembly);

    public static string UnknownProvider => Get();
    public static string PostgresNeedsConnectionString => Get();
    public static string PostgresUnreachable => Get();
    public static string SqliteNotWritable => Get();
    public static string SqliteUnusable => Get();
    public static string SchemaNewerThanApplication => Get();
    public static string PortInUse => Get();
    public static string InvalidUrl => Get();
    public static string UnknownArgument => Get();
    public static string DatabaseUpToDate => Get();
    public static string DemoDataReloaded => Get();
    public static string SeedRefusedDatabaseInUse => Get();
    public static string CommandRoot => Get();
    public static string CommandServe => Get();
    public static string CommandMigrate => Get();
    public static string CommandSeed => Get();
    public static string OptionUrls => Get();
    public static string CommandImport => Get();
    public static string CommandImportIati => Get();
    public static string ArgumentIatiFiles => Get();
    public static string OptionLenient => Get();
    public static string CommandExport => Get();
    public static string CommandExportIati => Get();
    public static string OptionCountry => Get();
    public static string OptionOut => Get();
    public static string ImportUsage => Get();
    public static string ExportUsage => Get();
    public static string CommandLineUnknownArgument => Get();
    public static string CommandLineIncomplete => Get();
    public static string ImportFileMissing => Get();
    public static string ExportUnknownCountry => Get();
    public static string ExportWritten => Get();
    public static string ExportCannotWrite => Get();
    public static string ImportProgress => Get();
    public static string CommandUsers => Get();
    public static string CommandUsersAdd => Get();
    public static string CommandUsersList => Get();
    public static string CommandUsersRole => Get();
    public static string OptionEmail => Get();
    public static string OptionRole => Get();
    public static string OptionOrganisation => Get();
    public static string OptionPasswordFile => Get();
    public static string UsersEmailMissing => Get();
    public static string UsersEmailInvalid => Get();
    public static string UsersEmailTaken => Get();
    public static string UsersEmailUnknown => Get();
    public static string UsersRoleUnknown => Get();
    public static string UsersOrganisationRequired => Get();
    public static string UsersOrganisationNotAllowed => Get();
    public static string UsersOrganisationWrongKind => Get();
    public static string UsersFocalPointOrganisations => Get();
    public static string UsersObserverOrganisations => Get();
    public static string UsersOrganisationUnknown => Get();
    public static string UsersOrganisationAmbiguous => Get();
    public static string UsersPasswordTooShort => Get();
    public static string UsersPasswordsDiffer => Get();
    public static string UsersPasswordNeedsTerminal => Get();
    public static string UsersPasswordFileUnreadable => Get();
    public static string UsersPasswordPrompt => Get();
    public static string UsersPasswordPromptAgain => Get();
    public static string UsersAdded => Get();
    public static string UsersRoleChanged => Get();
    public static string UsersRoleUnchanged => Get();
    public static string UsersLastAdministrator => Get();
    public static string UsersNone => Get();
    public static string UsersColumnEmail => Get();
    public static string UsersColumnRole => Get();
    public static string UsersColumnOrganisation => Get();
    public static string UsersColumnLocked => Get();
    public static string UsersLockedYes => Get();
    public static string UsersLockedNo => Get();
    public static string UsersLockedUntil => Get();

    private static string Get([System.Runtime.CompilerServices.CallerMemberName] string key = "") =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException(key);
}
