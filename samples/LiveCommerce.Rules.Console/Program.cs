using System.Text;
using LiveCommerce.Rules.ConsoleHost;

Console.OutputEncoding = Encoding.UTF8;
return Cli.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected);
