-- Downloads say which operating system they are for; portal pages may hold a downloads widget.

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('WINDOWS', 'MACOS', 'LINUX', 'IOS', 'ANDROID', 'ANY');

-- AlterEnum
ALTER TYPE "WidgetType" ADD VALUE 'DOWNLOADS';

-- AlterTable
ALTER TABLE "downloads" ADD COLUMN     "platform" "Platform" NOT NULL DEFAULT 'ANY';
