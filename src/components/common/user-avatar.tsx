import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import { initialsOf } from "./initials";

/** A person's avatar: their picture if they have one, else their initials. */
export function UserAvatar({
  name,
  email,
  image,
  className,
}: {
  name: string | null;
  email: string;
  image?: string | null;
  className?: string;
}) {
  return (
    <Avatar className={cn("size-8", className)}>
      {image ? <AvatarImage src={image} alt="" /> : null}
      <AvatarFallback className="bg-primary/10 text-xs font-medium text-primary">{initialsOf(name, email)}</AvatarFallback>
    </Avatar>
  );
}
