using System.Text;

namespace Avance.Cli;

/// <summary>
/// The new account's password, from the first line of --password-file or typed twice at a prompt that shows nothing.
/// Never from an argument (visible in process lists and shell history) nor from piped input.
/// </summary>
internal static class UsersPassword
{
    public static string Read(FileInfo? file, string email, int requiredLength)
    {
        var password = file is null ? Typed(email) : FirstLine(file);
        if (password.Length < requiredLength) throw new UsersRefusal(string.Format(Messages.UsersPasswordTooShort, requiredLength));
        return password;
    }

    private static string FirstLine(FileInfo file)
    {
        try
        {
            using var reader = new StreamReader(file.FullName, Encoding.UTF8);
            return reader.ReadLine() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsersRefusal(string.Format(Messages.UsersPasswordFileUnreadable, file.FullName, e.Message));
        }
    }

    private static string Typed(string email)
    {
        if (Console.IsInputRedirected) throw new UsersRefusal(Messages.UsersPasswordNeedsTerminal);
        var password = Prompt(string.Format(Messages.UsersPasswordPrompt, email));
        if (Prompt(Messages.UsersPasswordPromptAgain) != password) throw new UsersRefusal(Messages.UsersPasswordsDiffer);
        return password;
    }

    private static string Prompt(string prompt)
    {
        Console.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) typed.Length = Math.Max(0, typed.Length - 1);
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.WriteLine();
        return typed.ToString();
    }
}
