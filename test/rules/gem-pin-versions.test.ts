import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for gem-pin-versions, plus dfscan's documented differences.
testRule('gem-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM ruby:3.4-slim', 'RUN gem i bundler:1', 'RUN gem i bunlder:1 nokogiri:1', 'RUN gem install bundler:1') },
    { name: '-v and --version', code: lines('FROM ruby:3.4-slim', 'RUN gem install bundler -v \'2.0.1\'', 'RUN gem install bundler --version \'2.0.1\'', 'RUN gem install bundler --version=\'2.0.1\'') },
    { name: 'build flags', code: lines('FROM ruby:3.4-slim', 'RUN gem install bundler:2.0.1 -- --use-system-libraries=true', 'RUN gem install bundler:2.0.1 -- --use-system-libraries true', 'RUN gem install bundler:2.0.1 --use-system-libraries=true') },
  ],
  invalid: [
    { name: 'gem i unpinned', code: lines('FROM ruby:3.4-slim', 'RUN gem i bundler'), findings: [{ line: 2, message: /bundler/ }] },
    { name: 'one of several', code: lines('FROM ruby:3.4-slim', 'RUN gem i bunlder:1 nokogiri'), findings: [{ line: 2, message: /of\ nokogiri\ open/ }] },
    { name: 'gem install unpinned', code: lines('FROM ruby:3.4-slim', 'RUN gem install bundler'), findings: [{ line: 2 }] },
  ],
});
