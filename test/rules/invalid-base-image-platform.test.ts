import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('invalid-base-image-platform', {
  valid: [
    { name: 'a Linux image on Linux', code: lines('FROM --platform=linux/arm64 alpine:3.24', 'FROM --platform=linux/amd64 node:22-bookworm-slim') },
    { name: 'a Windows image on Windows', code: lines('FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022') },
    { name: 'an image of unknown platforms', code: lines('FROM --platform=windows/amd64 golang:1.27') },
    { name: 'architecture spellings containerd accepts', code: lines('FROM --platform=linux/aarch64 alpine:3.24', 'FROM --platform=linux/x86_64 alpine:3.24') },
    { name: 'a variable', code: lines('FROM --platform=$BUILDPLATFORM alpine:3.24') },
  ],
  invalid: [
    { name: 'a Windows image as Linux', code: lines('FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022'), findings: [{ line: 1, message: /is a Windows image: --platform=linux\/amd64 finds no matching manifest/ }] },
    { name: 'a nanoserver tag as Linux', code: lines('FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022'), findings: [{ line: 1 }] },
    { name: 'an alpine tag as Windows', code: lines('FROM --platform=windows/amd64 python:3.13-alpine'), findings: [{ line: 1, message: /is a Linux image/ }] },
    { name: 'an unknown architecture', code: lines('FROM --platform=linux/amd46 alpine:3.24'), findings: [{ line: 1, message: /"amd46" .* is not a known architecture/ }] },
    { name: 'an unknown operating system', code: lines('FROM --platform=linx/amd64 alpine:3.24'), findings: [{ line: 1, message: /"linx"/ }] },
  ],
});
