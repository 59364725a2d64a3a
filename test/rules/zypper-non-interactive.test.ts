import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3034 spec, plus the subcommands dfscan also checks.
testRule('zypper-non-interactive', {
  valid: [
    { name: '-y, --no-confirm', code: lines('FROM opensuse/leap:15.6', 'RUN zypper install -y httpd=2.4.46 && zypper clean', 'RUN zypper install --no-confirm httpd=2.4.46') },
    { name: 'the global switch', code: lines('FROM opensuse/leap:15.6', 'RUN zypper --non-interactive install httpd=2.4.46', 'RUN zypper -n in httpd=2.4.46') },
    { name: 'remove, patch and source-install with -y', code: lines('FROM opensuse/leap:15.6', 'RUN zypper remove -y httpd && zypper rm -y httpd && zypper patch -y && zypper si -y httpd') },
    { name: 'subcommands that do not ask', code: lines('FROM opensuse/leap:15.6', 'RUN zypper refresh && zypper clean --all && zypper search curl') },
  ],
  invalid: [
    { name: 'install without the switch', code: lines('FROM opensuse/leap:15.6', 'RUN zypper install httpd=2.4.46 && zypper clean'), findings: [{ line: 2, message: /zypper install.*--non-interactive/ }] },
    {
      name: 'the other subcommands',
      code: lines('FROM opensuse/leap:15.6', 'RUN zypper in httpd=2.4.46', 'RUN zypper remove httpd', 'RUN zypper source-install httpd', 'RUN zypper patch', 'RUN zypper dup'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }, { line: 5 }, { line: 6 }],
    },
    {
      name: '--fix adds the global switch before the subcommand, which every subcommand accepts',
      code: lines('FROM opensuse/leap:15.6', 'RUN zypper --quiet patch && zypper in httpd=2.4.46'),
      findings: [{ line: 2 }, { line: 2 }],
      output: lines('FROM opensuse/leap:15.6', 'RUN zypper --quiet --non-interactive patch && zypper --non-interactive in httpd=2.4.46'),
    },
  ],
});
